#include "NotesHistoryPanel.h"

#include "MoneyLineEdit.h"
#include "NegotiationHistoryModel.h"
#include "WarningColors.h"
#include "ui_NotesHistoryPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace Anchorline {

namespace {
using Entry = Session::HistoryEntry;
constexpr int notesEditId = 0x4e4f5445; // "NOTE": consecutive notes edits merge into one undo step

// Typing in the notes: one undo step per run of typing, whatever the number of keystrokes.
class NotesEditCommand : public QUndoCommand
{
public:
    NotesEditCommand(const QString& before, const QString& after, std::function<void(const QString&)> show)
        : QUndoCommand(NotesHistoryPanel::tr("Edit notes"))
        , m_before(before)
        , m_after(after)
        , m_show(std::move(show))
    {}
    // The text is already in the editor when the command is pushed.
    void redo() override
    {
        if (!m_firstRedo)
            m_show(m_after);
        m_firstRedo = false;
    }
    void undo() override { m_show(m_before); }
    int id() const override { return notesEditId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        m_after = static_cast<const NotesEditCommand*>(other)->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    QString m_before;
    QString m_after;
    std::function<void(const QString&)> m_show;
    bool m_firstRedo = true;
};

// A change of the history table: a round added, removed or edited. An edited cell is already in the model
// when the command is pushed, so its first redo does nothing.
class HistoryCommand : public QUndoCommand
{
public:
    HistoryCommand(const QString& text, std::function<void()> apply, std::function<void()> revert,
                   bool alreadyApplied)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_skipRedo(alreadyApplied)
    {}
    void redo() override
    {
        if (!m_skipRedo)
            m_apply();
        m_skipRedo = false;
    }
    void undo() override { m_revert(); }

private:
    std::function<void()> m_apply;
    std::function<void()> m_revert;
    bool m_skipRedo;
};

// Editors by column: a date edit with a calendar, the outcomes in a combo box, money fields that check the
// amount as it is typed. Text columns keep the default line edit.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        switch (index.column()) {
        case NegotiationHistoryModel::DateColumn: {
            auto* editor = new QDateEdit(parent);
            editor->setCalendarPopup(true);
            editor->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            return editor;
        }
        case NegotiationHistoryModel::OutcomeColumn: {
            auto* editor = new QComboBox(parent);
            for (const auto outcome : {Entry::Outcome::Pending, Entry::Outcome::Accepted,
                                       Entry::Outcome::Countered, Entry::Outcome::Declined})
                editor->addItem(Entry::outcomeDisplayName(outcome));
            return editor;
        }
        case NegotiationHistoryModel::AskedAmountColumn:
        case NegotiationHistoryModel::AnswerAmountColumn: {
            const auto* model = static_cast<const NegotiationHistoryModel*>(index.model());
            auto* editor = new MoneyLineEdit(parent);
            editor->setFieldName(model->cellName(index));
            editor->setCurrency(model->history().at(index.row()).currency);
            editor->setEmptyAllowed(true);
            return editor;
        }
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentIndex());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};
} // namespace

NotesHistoryPanel::NotesHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NotesHistoryPanel>())
    , m_model(new NegotiationHistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->setItemDelegate(new HistoryDelegate(m_ui->historyView));
    auto* header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NegotiationHistoryModel::AskedColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NegotiationHistoryModel::AnswerColumn, QHeaderView::Stretch);
    m_ui->errorLabel->hide();

    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &NotesHistoryPanel::recordNotesEdit);
    connect(m_ui->addButton, &QPushButton::clicked, this, &NotesHistoryPanel::addRound);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &NotesHistoryPanel::removeSelectedRound);
    connect(m_model, &NegotiationHistoryModel::editRejected, this, &NotesHistoryPanel::showError);
    connect(m_model, &NegotiationHistoryModel::entryEdited, this,
            [this](int row, const Entry& before, const Entry& after) {
                showError(QString());
                push(new HistoryCommand(
                    tr("Edit history"), [this, row, after] { m_model->replaceEntry(row, after); },
                    [this, row, before] { m_model->replaceEntry(row, before); }, true));
            });
    connect(m_model, &NegotiationHistoryModel::historyChanged, this, [this] {
        updateButtons();
        if (!m_loading)
            emit changed();
    });
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotesHistoryPanel::updateButtons);
    updateButtons();
}

NotesHistoryPanel::~NotesHistoryPanel() = default;

void NotesHistoryPanel::setUndoStack(QUndoStack* stack)
{
    m_undoStack = stack;
}

void NotesHistoryPanel::setNotesAndHistory(const QString& notes, const QList<Session::HistoryEntry>& history)
{
    m_loading = true;
    m_ui->notesEdit->setPlainText(notes);
    m_notes = notes;
    m_model->setHistory(history);
    m_loading = false;
    showError(QString());
}

QString NotesHistoryPanel::notes() const
{
    return m_notes;
}

const QList<Session::HistoryEntry>& NotesHistoryPanel::history() const
{
    return m_model->history();
}

void NotesHistoryPanel::applyTo(Session& session) const
{
    session.notes = m_notes;
    session.history = m_model->history();
}

QString NotesHistoryPanel::errorText() const
{
    return m_ui->errorLabel->text();
}

void NotesHistoryPanel::addRound()
{
    const int row = m_model->rowCount();
    const Entry entry = m_model->newEntry(QDate::currentDate());
    push(new HistoryCommand(
        tr("Add round"), [this, row, entry] { m_model->insertEntry(row, entry); },
        [this, row] { m_model->removeEntry(row); }, false));
    const QModelIndex asked = m_model->index(row, NegotiationHistoryModel::AskedColumn);
    m_ui->historyView->setCurrentIndex(asked);
    m_ui->historyView->setFocus();
    m_ui->historyView->edit(asked);
}

void NotesHistoryPanel::removeSelectedRound()
{
    const int row = m_ui->historyView->currentIndex().row();
    if (row < 0)
        return;
    const Entry entry = m_model->history().at(row);
    push(new HistoryCommand(
        tr("Remove round"), [this, row] { m_model->removeEntry(row); },
        [this, row, entry] { m_model->insertEntry(row, entry); }, false));
}

void NotesHistoryPanel::recordNotesEdit()
{
    if (m_loading)
        return;
    const QString text = m_ui->notesEdit->toPlainText();
    if (text == m_notes)
        return;
    push(new NotesEditCommand(m_notes, text, [this](const QString& notes) { setNotesText(notes); }));
    m_notes = text;
    emit changed();
}

// Undo and redo of a notes edit.
void NotesHistoryPanel::setNotesText(const QString& text)
{
    m_loading = true;
    m_ui->notesEdit->setPlainText(text);
    m_loading = false;
    m_notes = text;
    emit changed();
}

void NotesHistoryPanel::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
        return;
    }
    command->redo();
    delete command;
}

void NotesHistoryPanel::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText,
                     WarningColors::foreground(WarningColors::Severity::Block, this->palette()));
    m_ui->errorLabel->setPalette(palette);
}

void NotesHistoryPanel::updateButtons()
{
    m_ui->removeButton->setEnabled(m_ui->historyView->currentIndex().isValid());
}

} // namespace Anchorline
