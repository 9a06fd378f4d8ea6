#include "ClientListWindow.h"

#include "ClientDirectory.h"
#include "ClientFilterModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OfferForm.h"
#include "SessionDocument.h"
#include "SessionFile.h"
#include "Settings.h"
#include "ui_ClientListWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
// A file name from a client's name: characters that file systems refuse become "-", no leading dot.
QString fileBaseName(const QString& clientName)
{
    static const QRegularExpression refused(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    QString base = QString(clientName).replace(refused, u"-"_s).simplified();
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    return base.isEmpty() ? u"client"_s : base;
}
} // namespace

ClientListWindow::ClientListWindow(SessionDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ClientListWindow>())
    , m_document(document)
    , m_directory(new ClientDirectory(this))
    , m_filter(new ClientFilterModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"clientListWindow"_s);
    m_directory->setLastOpened(
        ClientDirectory::lastOpenedFromVariant(Settings::get(Settings::Key::ClientLastOpened).toMap()));
    m_filter->setSourceModel(m_directory);
    m_ui->clientView->setModel(m_filter);
    m_ui->clientView->setColumnHidden(ClientDirectory::FileColumn, true);
    m_ui->clientView->sortByColumn(ClientDirectory::ClientColumn, Qt::AscendingOrder);
    m_ui->clientView->verticalHeader()->hide();
    m_ui->clientView->horizontalHeader()->setSectionResizeMode(ClientDirectory::NotesColumn,
                                                               QHeaderView::Stretch);
    m_ui->searchEdit->installEventFilter(this);

    const auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    addShortcut(QKeySequence::Refresh, [this] { refresh(); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        fitColumns();
        selectFirstRowIfNone();
        updateStatus(QString());
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { openClient(m_ui->clientView->currentIndex().row()); });
    connect(m_ui->clientView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openClient(index.row()); });
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openClient(m_ui->clientView->currentIndex().row()); });
    connect(m_ui->newClientButton, &QPushButton::clicked, this, &ClientListWindow::newClient);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ClientListWindow::refresh);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &ClientListWindow::chooseFolder);
    connect(m_ui->clientView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ClientListWindow::updateButtons);
    connect(m_document, &SessionDocument::fileOpened, this, &ClientListWindow::recordOpened);

    m_ui->folderLabel->setText(tr("No folder chosen"));
    updateButtons();
}

ClientListWindow::~ClientListWindow() = default;

QString ClientListWindow::folder() const
{
    return m_directory->folder();
}

QString ClientListWindow::setFolder(const QString& folder)
{
    const QString error = m_directory->setFolder(folder);
    m_scanned = true;
    Settings::set(Settings::Key::ClientFolder, m_directory->folder());
    m_ui->folderLabel->setText(QDir::toNativeSeparators(m_directory->folder()));
    fitColumns();
    selectFirstRowIfNone();
    updateStatus(error);
    updateButtons();
    return error;
}

void ClientListWindow::showClients()
{
    const QString stored = Settings::get(Settings::Key::ClientFolder).toString();
    if (!m_scanned && !stored.isEmpty())
        setFolder(stored);
    else if (m_scanned)
        refresh();
    else
        updateStatus(QString());
    show();
    raise();
    activateWindow();
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
}

void ClientListWindow::refresh()
{
    if (!m_scanned)
        return;
    const QString current = m_ui->clientView->currentIndex().data(ClientDirectory::FilePathRole).toString();
    const QString error = m_directory->refresh();
    const auto found = m_filter->match(m_filter->index(0, ClientDirectory::ClientColumn),
                                       ClientDirectory::FilePathRole, current, 1, Qt::MatchExactly);
    if (!current.isEmpty() && !found.isEmpty())
        m_ui->clientView->setCurrentIndex(found.front());
    fitColumns();
    selectFirstRowIfNone();
    updateStatus(error);
    updateButtons();
}

void ClientListWindow::chooseFolder()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen =
        FileDialog::getExistingDirectory(this, tr("Choose the Folder of Your Clients' Sessions"), start);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void ClientListWindow::newClient()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Client"), tr("Client &name:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        createClient(name);
}

QString ClientListWindow::createClient(const QString& name)
{
    const QString clientName = name.simplified();
    if (folder().isEmpty() || !m_scanned) {
        updateStatus(tr("Choose the folder of your clients' sessions first."));
        return {};
    }
    if (clientName.isEmpty()) {
        updateStatus(tr("Client name: enter the client's name."));
        return {};
    }
    const QDir directory(folder());
    const QString base = fileBaseName(clientName);
    const QString suffix = u'.' + SessionFile::fileSuffix();
    QString path = directory.filePath(base + suffix);
    for (int number = 2; QFileInfo::exists(path); ++number)
        path = directory.filePath(base + u' ' + QString::number(number) + suffix);

    Session session;
    session.clientName = clientName;
    session.offers.append({QString(), OfferForm::sampleInput().offer});
    const auto saved = SessionFile::save(session, path);
    if (!saved.ok()) {
        updateStatus(saved.error);
        return {};
    }
    refresh();
    const auto found = m_filter->match(m_filter->index(0, ClientDirectory::ClientColumn),
                                       ClientDirectory::FilePathRole, path, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_ui->clientView->setCurrentIndex(found.front());
        openClient(found.front().row());
    }
    return path;
}

bool ClientListWindow::openClient(int row)
{
    const QModelIndex index = m_filter->index(row, ClientDirectory::ClientColumn);
    if (!index.isValid())
        return false;
    const QString error = index.data(ClientDirectory::ErrorRole).toString();
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Cannot Open Session"), error);
        return false;
    }
    if (!m_document->maybeSave() ||
        !m_document->openFile(index.data(ClientDirectory::FilePathRole).toString()))
        return false;
    parentWidget()->raise();
    parentWidget()->activateWindow();
    return true;
}

QString ClientListWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

bool ClientListWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the search field moves into the list, as in a completer.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        selectFirstRowIfNone();
        m_ui->clientView->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClientListWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refresh();
}

void ClientListWindow::recordOpened(const QString& path)
{
    m_directory->markOpened(path);
    Settings::set(Settings::Key::ClientLastOpened,
                  ClientDirectory::lastOpenedToVariant(m_directory->lastOpened()));
}

// The columns fit the whole list, not the rows a search leaves, so that they do not jump while typing; the
// notes take the rest of the width.
void ClientListWindow::fitColumns()
{
    if (!m_filter->searchText().isEmpty())
        return;
    for (const int column : {ClientDirectory::ClientColumn, ClientDirectory::OffersColumn,
                             ClientDirectory::LastOpenedColumn, ClientDirectory::ModifiedColumn})
        m_ui->clientView->resizeColumnToContents(column);
}

void ClientListWindow::selectFirstRowIfNone()
{
    if (!m_ui->clientView->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->clientView->setCurrentIndex(m_filter->index(0, ClientDirectory::ClientColumn));
}

void ClientListWindow::updateStatus(const QString& error)
{
    QString text = error;
    if (text.isEmpty() && !m_scanned)
        text =
            tr("Choose the folder that holds your clients' sessions (*.%1).").arg(SessionFile::fileSuffix());
    else if (text.isEmpty() && m_directory->rowCount() == 0)
        text = tr("No sessions in this folder yet: New Client… creates one.");
    else if (text.isEmpty() && m_filter->rowCount() == m_directory->rowCount())
        text = tr("%n client(s)", nullptr, m_directory->rowCount());
    else if (text.isEmpty())
        text = tr("%1 of %n client(s) match \"%2\"", nullptr, m_directory->rowCount())
                   .arg(m_filter->rowCount())
                   .arg(m_filter->searchText());
    m_ui->statusLabel->setText(text);
}

void ClientListWindow::updateButtons()
{
    m_ui->openButton->setEnabled(m_ui->clientView->currentIndex().isValid());
    m_ui->newClientButton->setEnabled(m_scanned && !folder().isEmpty());
    m_ui->refreshButton->setEnabled(m_scanned);
}

} // namespace Anchorline
