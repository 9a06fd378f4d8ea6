#include "NegotiationPanel.h"

#include "AskTable.h"
#include "FileDialog.h"
#include "LanguageNames.h"
#include "MailtoLink.h"
#include "MessageBox.h"
#include "OfferWorkspace.h"
#include "SessionFile.h"
#include "StrategyCatalogue.h"
#include "TemplateLibrary.h"
#include "WarningColors.h"
#include "WrappedLabel.h"
#include "ui_NegotiationPanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
WarningColors::Severity toColorSeverity(GuardRail::Severity severity)
{
    switch (severity) {
    case GuardRail::Severity::Block:
        return WarningColors::Severity::Block;
    case GuardRail::Severity::Warning:
        return WarningColors::Severity::Warning;
    case GuardRail::Severity::Info:
        break;
    }
    return WarningColors::Severity::Info;
}

QString componentName(const QString& field)
{
    if (field == u"base")
        return NegotiationPanel::tr("Base salary");
    if (field == u"signon")
        return NegotiationPanel::tr("Sign-on bonus");
    if (field == u"equity_per_year")
        return NegotiationPanel::tr("Equity per year");
    if (field == u"refresh")
        return NegotiationPanel::tr("Refreshers per year");
    return field;
}

} // namespace

NegotiationPanel::NegotiationPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NegotiationPanel>())
{
    m_ui->setupUi(this);
    for (const auto tone : EmailTones::all())
        m_ui->toneCombo->addItem(EmailTones::displayName(tone), EmailTones::id(tone));
    // Every language with templates (built in or the user's), English first.
    QStringList languages = TemplateLibrary::standard().languages();
    languages.removeAll(u"en"_s);
    languages.prepend(u"en"_s);
    for (const auto& language : std::as_const(languages))
        m_ui->languageCombo->addItem(LanguageNames::autonym(language), language);
    m_ui->staleBar->setVisible(false);
    QPalette stalePalette = m_ui->staleBar->palette();
    stalePalette.setColor(QPalette::Window,
                          WarningColors::background(WarningColors::Severity::Info, palette()));
    m_ui->staleBar->setPalette(stalePalette);
    // The tips are written when their tab is first shown: measuring their rich text took 3–6 ms a tip at
    // start-up (issue 9).
    connect(m_ui->textTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->textTabs->widget(index) != m_ui->tipsTab || !m_ui->tipsLayout->isEmpty())
            return;
        // Children added to a visible widget would only be shown from the event loop, a frame late.
        m_ui->tipsContents->hide();
        setUpTips();
        m_ui->tipsContents->show();
    });

    connect(m_ui->copyButton, &QPushButton::clicked, this, &NegotiationPanel::copyEmail);
    connect(m_ui->openMailButton, &QPushButton::clicked, this, &NegotiationPanel::openInMailApp);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &NegotiationPanel::saveAsText);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &NegotiationPanel::regenerate);
    connect(m_ui->staleRegenerateButton, &QPushButton::clicked, this, &NegotiationPanel::regenerate);
    connect(m_ui->useAskForTimeButton, &QPushButton::clicked, this, [this] {
        if (!m_workspace || !m_workspace->plan())
            return;
        const auto& email = m_workspace->plan()->askForTimeEmail;
        setEmail(email.subject, email.body);
        markEdited();
        m_ui->textTabs->setCurrentWidget(m_ui->emailTab);
    });
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &NegotiationPanel::markEdited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &NegotiationPanel::markEdited);
    connect(m_ui->targetSlider, &QSlider::valueChanged, this, [this](int value) {
        m_ui->targetValueLabel->setText(u"p%1"_s.arg(value));
        if (m_workspace && m_workspace->input().targetPercentile != value)
            m_workspace->setTargetPercentile(value);
    });
    connect(m_ui->toneCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto tone = EmailTones::fromId(m_ui->toneCombo->currentData().toString());
        if (m_workspace && tone && m_workspace->input().tone != *tone)
            m_workspace->setTone(*tone);
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_ui->languageCombo->currentData().toString();
        if (m_workspace && m_workspace->input().language != language)
            m_workspace->setLanguage(language);
    });
    connect(m_ui->competingOfferCombo, &QComboBox::activated, this, [this] {
        const QVariant index = m_ui->competingOfferCombo->currentData();
        emit competingOfferChosen(index.isValid() ? std::optional(index.toInt()) : std::nullopt);
    });
    connect(m_ui->strategyList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_workspace && item)
            m_workspace->setStrategyId(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->strategyList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (m_workspace && !id.isEmpty() && m_workspace->plan() && m_workspace->plan()->strategy.id != id)
            m_workspace->setStrategyId(id);
    });
    updateActions();
}

NegotiationPanel::~NegotiationPanel() = default;

void NegotiationPanel::setWorkspace(OfferWorkspace* workspace)
{
    m_workspace = workspace;
    connect(workspace, &OfferWorkspace::recomputed, this, &NegotiationPanel::refresh);
    refresh();
}

QString NegotiationPanel::emailSubject() const
{
    return m_ui->subjectEdit->text();
}

QString NegotiationPanel::emailBody() const
{
    return m_ui->bodyEdit->toPlainText();
}

QString NegotiationPanel::emailText() const
{
    return EmailDraft{emailSubject(), emailBody()}.toPlainText();
}

void NegotiationPanel::setCompetingChoices(const QStringList& offerLabels, int negotiatedOffer,
                                           std::optional<int> competingOffer)
{
    const QSignalBlocker blocker(m_ui->competingOfferCombo);
    m_ui->competingOfferCombo->clear();
    m_ui->competingOfferCombo->addItem(tr("None"));
    for (int index = 0; index < offerLabels.size(); ++index) {
        if (index != negotiatedOffer)
            m_ui->competingOfferCombo->addItem(offerLabels.at(index), index);
    }
    m_ui->competingOfferCombo->setCurrentIndex(
        competingOffer ? std::max(0, m_ui->competingOfferCombo->findData(*competingOffer)) : 0);
    m_ui->competingOfferCombo->setEnabled(offerLabels.size() > 1);
}

bool NegotiationPanel::isRegenerateOffered() const
{
    return !m_ui->staleBar->isHidden();
}

bool NegotiationPanel::isBlocked() const
{
    return m_workspace && m_workspace->plan() && m_workspace->plan()->isBlocked();
}

void NegotiationPanel::refresh()
{
    if (!m_workspace)
        return;
    const auto& input = m_workspace->input();
    {
        const QSignalBlocker sliderBlocker(m_ui->targetSlider);
        m_ui->targetSlider->setValue(input.targetPercentile);
        m_ui->targetValueLabel->setText(u"p%1"_s.arg(input.targetPercentile));
        const QSignalBlocker toneBlocker(m_ui->toneCombo);
        m_ui->toneCombo->setCurrentIndex(m_ui->toneCombo->findData(EmailTones::id(input.tone)));
        const QSignalBlocker languageBlocker(m_ui->languageCombo);
        m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(input.language));
    }
    showStrategies();
    showAsk();
    showWarnings();
    showTexts();
    updateActions();
}

void NegotiationPanel::showStrategies()
{
    const QSignalBlocker blocker(m_ui->strategyList);
    m_ui->strategyList->clear();
    const auto& plan = m_workspace->plan();
    const QString current = plan ? plan->strategy.id : QString();
    bool recommendedMarked = false;
    for (const auto& recommendation : m_workspace->recommendations()) {
        const bool recommended = recommendation.applicable && !recommendedMarked;
        recommendedMarked = recommendedMarked || recommended;
        const QString text = recommended ? tr("★ %1 (recommended)").arg(recommendation.strategy.name)
                                         : recommendation.strategy.name;
        auto* item = new QListWidgetItem(text, m_ui->strategyList);
        item->setData(Qt::UserRole, recommendation.strategy.id);
        QString tip = recommendation.strategy.summary;
        if (!recommendation.why.isEmpty())
            tip += u"\n\n"_s + recommendation.why.join(u'\n');
        item->setToolTip(tip);
        if (!recommendation.applicable) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (needs more input)").arg(recommendation.strategy.name));
        }
        if (recommendation.strategy.id == current)
            m_ui->strategyList->setCurrentItem(item);
    }
    m_ui->strategyWhyLabel->setText(plan ? plan->strategyWhy.join(u' ') : m_workspace->planError());
}

void NegotiationPanel::showAsk()
{
    const auto& band = m_workspace->band();
    const Offer& offer = m_workspace->input().offer;
    if (band) {
        m_ui->offerPositionLabel->setText(tr("Offered base %1: %2 of %3 pay for %4 in %5 (%6).")
                                              .arg(offer.base.toString(), band->positionOf(offer.base).text,
                                                   CareerLevels::displayName(band->level), band->roleTitle,
                                                   band->areaName,
                                                   band->sourceText(m_workspace->input().today)));
    } else {
        m_ui->offerPositionLabel->setText(m_workspace->bandError());
    }
    const auto& plan = m_workspace->plan();
    m_ui->askTable->setVisible(plan.has_value());
    if (!plan) {
        m_ui->askTable->setRows({});
        m_ui->askReasonsLabel->setText(m_workspace->planError());
        return;
    }
    QList<AskTable::Row> rows;
    for (const auto* component : plan->ask.components()) {
        if (component->offered.isZero() && component->asked.isZero())
            continue;
        QString asked = component->asked.toString();
        if (component->askedRangeTop)
            asked = tr("%1 – %2").arg(asked, component->askedRangeTop->toString());
        rows.append(
            {componentName(component->field), component->offered.toString(), asked, component->isRaised()});
    }
    if (plan->ask.level.isRaised()) {
        rows.append({tr("Level"), CareerLevels::displayName(plan->ask.level.offered),
                     CareerLevels::displayName(plan->ask.level.asked), true});
    }
    m_ui->askTable->setRows(rows);
    QStringList reasons;
    for (const auto& reason : plan->reasons)
        reasons.append(u"• "_s + reason);
    m_ui->askReasonsLabel->setText(reasons.join(u'\n'));
}

void NegotiationPanel::showWarnings()
{
    while (auto* item = m_ui->warningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& plan = m_workspace->plan();
    QList<GuardRail> warnings = plan ? plan->warnings : QList<GuardRail>{};
    for (const auto& warning : std::as_const(warnings)) {
        const auto severity = toColorSeverity(warning.severity);
        auto* banner = new WrappedLabel(m_ui->warningsContainer);
        banner->setObjectName(u"warning-"_s + warning.code);
        banner->setTextFormat(Qt::PlainText);
        const QString prefix = warning.severity == GuardRail::Severity::Block     ? tr("Blocked: ")
                               : warning.severity == GuardRail::Severity::Warning ? tr("Warning: ")
                                                                                  : QString();
        banner->setText(prefix + warning.message);
        banner->setAutoFillBackground(true);
        banner->setMargin(6);
        QPalette bannerPalette = banner->palette();
        bannerPalette.setColor(QPalette::Window, WarningColors::background(severity, palette()));
        bannerPalette.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        banner->setPalette(bannerPalette);
        banner->setFrameShape(QFrame::Box);
        banner->setStyleSheet(u"QLabel { border: 1px solid %1; border-left: 4px solid %1; }"_s.arg(
            WarningColors::foreground(severity, palette()).name()));
        m_ui->warningsLayout->addWidget(banner);
    }
    m_ui->warningsContainer->setVisible(!warnings.isEmpty());
}

void NegotiationPanel::showTexts()
{
    const auto& plan = m_workspace->plan();
    if (!plan)
        return;
    m_ui->phoneScriptEdit->setPlainText(plan->phoneScript);
    m_ui->askForTimeEdit->setPlainText(plan->askForTimeEmail.toPlainText());
    if (!m_emailEdited) {
        setEmail(plan->email.subject, plan->email.body);
        m_generatedEmail = plan->email;
    }
    updateStaleBar();
}

void NegotiationPanel::setEmail(const QString& subject, const QString& body)
{
    m_settingText = true;
    m_ui->subjectEdit->setText(subject);
    m_ui->bodyEdit->setPlainText(body);
    m_settingText = false;
}

void NegotiationPanel::setEditedEmail(const QString& subject, const QString& body)
{
    setEmail(subject, body);
    markEdited();
    if (m_workspace && m_workspace->plan())
        m_generatedEmail = m_workspace->plan()->email;
    updateActions();
}

void NegotiationPanel::markEdited()
{
    if (m_settingText)
        return;
    m_emailEdited = true;
    updateActions();
    emit emailEdited();
    if (!m_workspace || m_editCheckPending)
        return;
    // The guard rails re-check the edited wording once per event-loop turn, not per keystroke.
    m_editCheckPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_editCheckPending = false;
            if (m_emailEdited)
                m_workspace->setEditedEmailText(emailText());
        },
        Qt::QueuedConnection);
}

void NegotiationPanel::updateStaleBar()
{
    const auto& plan = m_workspace->plan();
    const bool stale =
        m_emailEdited && plan &&
        (plan->email.subject != m_generatedEmail.subject || plan->email.body != m_generatedEmail.body);
    m_ui->staleBar->setVisible(stale);
}

void NegotiationPanel::regenerate()
{
    m_emailEdited = false;
    if (m_workspace)
        m_workspace->setEditedEmailText(QString());
    refresh();
    emit emailEdited();
}

void NegotiationPanel::updateActions()
{
    const bool hasEmail = !emailBody().trimmed().isEmpty();
    const bool sendable = hasEmail && !isBlocked();
    m_ui->copyButton->setEnabled(sendable);
    m_ui->openMailButton->setEnabled(sendable);
    m_ui->saveButton->setEnabled(hasEmail);
    const QString blockedTip = tr("A blocking warning above must be fixed first.");
    m_ui->copyButton->setToolTip(isBlocked() ? blockedTip : tr("Copy the subject and body to the clipboard"));
    m_ui->openMailButton->setToolTip(isBlocked() ? blockedTip
                                                 : tr("Start a new message in your mail app with this text"));
    emit sendableChanged(sendable);
}

void NegotiationPanel::copyEmail()
{
    if (isBlocked())
        return;
    QGuiApplication::clipboard()->setText(emailText());
}

void NegotiationPanel::openInMailApp()
{
    if (isBlocked())
        return;
    if (!QDesktopServices::openUrl(MailtoLink::build(QString(), emailSubject(), emailBody()))) {
        MessageBox::warning(this, tr("Open in mail app"),
                            tr("No mail app accepted the message. Use Copy email and paste it instead."));
    }
}

void NegotiationPanel::saveAsText()
{
    const QString suggested = QDir::home().filePath(tr("negotiation-email.txt"));
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("Save email as text"), suggested, tr("Text files (*.txt)"));
    if (fileName.isEmpty())
        return;
    const QString error = SessionFile::writePrivateFile(fileName, emailText().toUtf8());
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Save email as text"), error);
}

void NegotiationPanel::setUpTips()
{
    addTip(tr("Start your ask above the median"),
           tr("You'll rarely be offered more than you ask, so anchor high and let the employer negotiate you "
              "down."),
           {tr("Aim at the 75th percentile of the market band, not the median."),
            tr("Use a moderately precise number ($187,500, not $190,000) with a reason.")},
           tr("Raise the target percentile"), [this] {
               const int value = m_ui->targetSlider->value();
               m_ui->targetSlider->setValue(value < 75 ? 75
                                                       : std::min(value + 5, m_ui->targetSlider->maximum()));
           });
    addTip(
        tr("Say \"market data puts this role at $X–$Y\""),
        tr("External benchmarks are harder to argue against than personal expectations: \"I was hoping for "
           "more\" gives the recruiter nothing to take to the hiring manager."),
        {tr("Name the source and its year; the email does this for you."),
         tr("Never reveal your current pay.")},
        tr("Use the market-anchored counter"), [this] {
            if (m_workspace)
                m_workspace->setStrategyId(QString::fromUtf16(StrategyCatalogue::MarketAnchor));
        });
    addTip(tr("When base is stuck, move other levers"),
           tr("Total compensation has more levers than base alone: equity and its vesting schedule, a "
              "signing bonus, accelerated refresh grants."),
           {tr("Ask for all levers in one message, in priority order."),
            tr("A sign-on bonus sits outside the salary band and sets no precedent.")},
           tr("Add a sign-on lever"), [this] {
               if (m_workspace)
                   m_workspace->setStrategyId(QString::fromUtf16(StrategyCatalogue::SignOnBridge));
           });
    addTip(tr("Ask for 48 hours to review"),
           tr("This creates time to counter and signals that you take the offer seriously — not that you are "
              "uncertain."),
           {tr("Don't decide on the call; thank them and ask for the offer in writing."),
            tr("Ask for a specific date, especially when the deadline is under a week.")},
           tr("Insert the ask-for-time email"), [this] { m_ui->useAskForTimeButton->click(); });
    m_ui->tipsLayout->addStretch(1);
}

void NegotiationPanel::addTip(const QString& title, const QString& text, const QStringList& stronger,
                              const QString& buttonText, const std::function<void()>& apply)
{
    auto* label = new WrappedLabel(m_ui->tipsContents);
    QString html = u"<b>%1</b><br>%2<br><i>%3</i><ul style='margin-left:12px; -qt-list-indent:0'>"_s.arg(
        title.toHtmlEscaped(), text.toHtmlEscaped(), tr("Stronger approach:").toHtmlEscaped());
    for (const auto& line : stronger)
        html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    label->setText(html + u"</ul>"_s);
    label->setTextFormat(Qt::RichText);
    m_ui->tipsLayout->addWidget(label);
    auto* button = new QPushButton(buttonText, m_ui->tipsContents);
    connect(button, &QPushButton::clicked, this, apply);
    auto* row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    m_ui->tipsLayout->addLayout(row);
}

} // namespace Anchorline
