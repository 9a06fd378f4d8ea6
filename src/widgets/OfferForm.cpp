#include "OfferForm.h"

#include "MoneyLineEdit.h"
#include "SearchSuggestionModel.h"
#include "WarningColors.h"
#include "ui_OfferForm.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
const QString CustomSchedule = u"custom"_s;

int toBasisPoints(double percent)
{
    return qRound(percent * 100.0);
}

double toPercent(int basisPoints)
{
    return basisPoints / 100.0;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

// The inputs this form edits, compared field by field (NegotiationInput has more that the form leaves alone).
bool sameFormInputs(const NegotiationInput& a, const NegotiationInput& b)
{
    return a.offer == b.offer && a.competingOffer == b.competingOffer && a.companyStage == b.companyStage &&
           a.baseCapped == b.baseCapped && a.forfeitedCompensation == b.forfeitedCompensation &&
           a.decisionDeadline == b.decisionDeadline && a.recruiterName == b.recruiterName &&
           a.userName == b.userName;
}

// One edit of the form: undo shows the inputs before it, redo those after it.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(NegotiationInput before, NegotiationInput after,
                    std::function<void(const NegotiationInput&)> restore)
        : QUndoCommand(OfferForm::tr("Edit offer"))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_restore(std::move(restore))
    {}

    void undo() override { m_restore(m_before); }
    void redo() override
    {
        // The first redo is the edit the person just made; the form shows it already.
        if (!std::exchange(m_firstRedo, false))
            m_restore(m_after);
    }

private:
    NegotiationInput m_before;
    NegotiationInput m_after;
    std::function<void(const NegotiationInput&)> m_restore;
    bool m_firstRedo = true;
};

QString scheduleText(const QList<int>& yearlyBasisPoints)
{
    QStringList parts;
    for (const int share : yearlyBasisPoints)
        parts.append(QLocale().toString(toPercent(share), 'g', 6));
    return parts.join(u'/');
}
} // namespace

OfferForm::OfferForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OfferForm>())
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    setUpFields();
    setInput(sampleInput());
    connectChanges();
    revalidate();
}

OfferForm::~OfferForm() = default;

NegotiationInput OfferForm::sampleInput()
{
    NegotiationInput input;
    Offer& offer = input.offer;
    offer.company = u"Northwind Robotics"_s;
    offer.role = u"Software Engineer"_s;
    offer.level = CareerLevel::Senior;
    offer.location = u"San Jose, CA"_s;
    offer.startDate = QDate::currentDate().addMonths(1);
    offer.base = Money::fromMajor(252'000);
    offer.raiseBasisPoints = 300;
    offer.bonusBasisPoints = 1000;
    offer.signOn.amount = Money::fromMajor(30'000);
    offer.signOn.clawbackMonths = 12;
    offer.signOn.clawback = ClawbackRule::ProRata;
    offer.equity.grant = Money::fromMajor(360'000);
    offer.equity.schedule = *VestingSchedule::preset(u"standard-quarterly");
    offer.refresh.yearlyGrant = Money::fromMajor(60'000);
    offer.refresh.firstYear = 2;
    offer.refresh.vestYears = 4;
    offer.refresh.cadence = VestingCadence::Quarterly;
    input.companyStage = CompanyStage::Public;
    return input;
}

void OfferForm::setUpFields()
{
    for (const auto level : CareerLevels::all())
        m_ui->levelCombo->addItem(CareerLevels::displayName(level),
                                  QVariant::fromValue(static_cast<int>(level)));
    m_ui->levelCombo->addItem(tr("Any level"),
                              QVariant::fromValue(static_cast<int>(CareerLevel::Unspecified)));

    for (const auto& code :
         {u"USD"_s, u"EUR"_s, u"GBP"_s, u"CAD"_s, u"CHF"_s, u"AUD"_s, u"JPY"_s, u"INR"_s}) {
        if (Money::isKnownCurrency(code))
            m_ui->currencyCombo->addItem(code, code);
    }

    for (const auto& name : VestingSchedule::presetNames())
        m_ui->vestingCombo->addItem(VestingSchedule::presetDescription(name), name);
    m_ui->vestingCombo->addItem(tr("Custom yearly percentages"), CustomSchedule);
    m_ui->vestingCombo->setToolTip(
        tr("How the grant vests over the years. The presets are the common schedules "
           "(standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, "
           "Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own."));
    m_ui->vestingCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->vestingCombo->setMinimumContentsLength(12);
    for (const auto cadence : VestingCadences::all()) {
        const auto id = VestingCadences::id(cadence);
        m_ui->cadenceCombo->addItem(VestingCadences::displayName(cadence), id);
        m_ui->refreshCadenceCombo->addItem(VestingCadences::displayName(cadence), id);
    }
    m_ui->clawbackRuleCombo->addItem(tr("All of it"), ClawbackRules::id(ClawbackRule::Full));
    m_ui->clawbackRuleCombo->addItem(tr("Pro rata (months not worked)"),
                                     ClawbackRules::id(ClawbackRule::ProRata));
    for (const auto stage : CompanyStages::all())
        m_ui->companyStageCombo->addItem(CompanyStages::displayName(stage), CompanyStages::id(stage));

    setUpMoneyField(m_ui->baseEdit, tr("Base salary"),
                    tr("Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band "
                       "compares."),
                    false);
    setUpMoneyField(
        m_ui->fixedBonusEdit, tr("Fixed bonus"),
        tr("A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %."), true);
    setUpMoneyField(m_ui->signOnEdit, tr("Sign-on bonus"), tr("Sign-on bonus paid when you start."), true);
    setUpMoneyField(m_ui->signOnYear2Edit, tr("Sign-on year 2"),
                    tr("Second sign-on payment at the start of year 2, if the bonus is split."), true);
    setUpMoneyField(m_ui->equityGrantEdit, tr("Equity grant"),
                    tr("Total value of the initial equity grant (RSUs) at grant, over the whole vesting "
                       "period, e.g. 240k."),
                    true);
    setUpMoneyField(m_ui->refreshGrantEdit, tr("Refresher grant"),
                    tr("Value of the yearly refresher grant, if the company states one."), true);
    setUpMoneyField(m_ui->competingBaseEdit, tr("Competing base salary"),
                    tr("The other offer's base salary."), false);
    setUpMoneyField(m_ui->competingSignOnEdit, tr("Competing sign-on"),
                    tr("The other offer's sign-on bonus."), true);
    setUpMoneyField(m_ui->competingEquityEdit, tr("Competing equity"),
                    tr("The other offer's total equity grant over 4 years."), true);
    setUpMoneyField(m_ui->forfeitedEdit, tr("Left behind"),
                    tr("Unvested equity and bonus you give up by leaving your current job: the basis for a "
                       "make-whole sign-on ask. Never put into the email as your pay."),
                    true);

    m_ui->roleEdit->setPlaceholderText(tr("e.g. Software Engineer"));
    m_ui->locationEdit->setPlaceholderText(tr("e.g. San Jose, CA (empty: United States)"));
    m_ui->levelCombo->setToolTip(tr("Your level for this offer. It picks the part of the local pay "
                                    "distribution the band shows."));
    m_ui->competingFields->setVisible(false);
    m_ui->problemsLabel->setVisible(false);
}

void OfferForm::setUpMoneyField(MoneyLineEdit* edit, const QString& fieldName, const QString& help,
                                bool emptyAllowed)
{
    edit->setFieldName(fieldName);
    edit->setHelpText(help);
    edit->setEmptyAllowed(emptyAllowed);
    m_moneyFields.append(edit);
}

void OfferForm::setLevelExplanation(const QString& text)
{
    m_ui->levelCombo->setToolTip(text);
}

void OfferForm::focusFirstField()
{
    m_ui->roleEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->roleEdit->selectAll();
}

void OfferForm::setRoleSuggestions(SearchSuggestionModel* model)
{
    addTypeahead(m_ui->roleEdit, model, &m_roleText, &m_roleSoc);
}

void OfferForm::setLocationSuggestions(SearchSuggestionModel* model)
{
    addTypeahead(m_ui->locationEdit, model, &m_locationText, &m_locationCode);
}

void OfferForm::addTypeahead(QLineEdit* edit, SearchSuggestionModel* model, QString* chosenText,
                             QString* chosenCode)
{
    auto* completer = new QCompleter(model, edit);
    // The search ranks and tolerates typos itself, so the completer shows its results unfiltered.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(SearchSuggestionModel::SuggestionLimit);
    edit->setCompleter(completer);
    connect(edit, &QLineEdit::textEdited, completer, [model, completer](const QString& text) {
        model->setQuery(text);
        if (model->rowCount() > 0)
            completer->complete();
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this, chosenText, chosenCode](const QModelIndex& index) {
                *chosenText = index.data(Qt::EditRole).toString();
                *chosenCode = index.data(SearchSuggestionModel::CodeRole).toString();
                scheduleChanged();
            });
}

void OfferForm::connectChanges()
{
    const auto changed = [this] { scheduleChanged(); };
    for (auto* edit : {m_ui->roleEdit, m_ui->locationEdit, m_ui->companyEdit, m_ui->customScheduleEdit,
                       m_ui->competingCompanyEdit, m_ui->recruiterEdit, m_ui->userNameEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (auto* edit : m_moneyFields)
        connect(edit, &MoneyLineEdit::moneyEdited, this, changed);
    for (auto* combo : {m_ui->levelCombo, m_ui->cadenceCombo, m_ui->clawbackRuleCombo,
                        m_ui->refreshCadenceCombo, m_ui->companyStageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this,
            [this] { setCurrency(m_ui->currencyCombo->currentData().toString()); });
    connect(m_ui->vestingCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVestingFields();
        scheduleChanged();
    });
    for (auto* spin : {m_ui->raiseSpin, m_ui->bonusPercentSpin, m_ui->competingBonusSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto* spin :
         {m_ui->clawbackMonthsSpin, m_ui->cliffSpin, m_ui->refreshFirstYearSpin, m_ui->refreshVestYearsSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (auto* date : {m_ui->startDateEdit, m_ui->deadlineEdit})
        connect(date, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->baseCappedCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->deadlineEdit->setEnabled(checked);
        scheduleChanged();
    });
    connect(m_ui->competingGroup, &QGroupBox::toggled, this, [this](bool checked) {
        m_ui->competingFields->setVisible(checked);
        scheduleChanged();
    });
}

void OfferForm::setCurrency(const QString& currency)
{
    for (auto* edit : m_moneyFields)
        edit->setCurrency(currency);
    scheduleChanged();
}

void OfferForm::updateVestingFields()
{
    const QString name = m_ui->vestingCombo->currentData().toString();
    const bool custom = name == CustomSchedule;
    m_ui->customScheduleEdit->setVisible(custom);
    m_ui->customScheduleEditLabel->setVisible(custom);
    if (custom || m_loading)
        return;
    // A preset brings its own cadence and cliff; the person can still change them afterwards.
    const auto preset = VestingSchedule::preset(name);
    if (!preset)
        return;
    const auto cadence = preset->uniformCadence();
    m_ui->cadenceCombo->setEnabled(cadence.has_value());
    if (cadence)
        selectData(m_ui->cadenceCombo, VestingCadences::id(*cadence));
    m_ui->cliffSpin->setValue(preset->cliffMonths());
}

void OfferForm::scheduleChanged()
{
    if (m_loading || m_changePending)
        return;
    m_changePending = true;
    // Queued, so that a burst of changes (loading, a preset that sets three fields) is announced once.
    QMetaObject::invokeMethod(this, &OfferForm::announceChanges, Qt::QueuedConnection);
}

void OfferForm::announceChanges()
{
    m_changePending = false;
    revalidate();
    emit inputsChanged();
    if (!isValid())
        return;
    recordUndoStep();
    emit offerChanged(offer());
}

void OfferForm::recordUndoStep()
{
    NegotiationInput current;
    applyTo(current);
    const bool restoring = std::exchange(m_restoring, false);
    if (!restoring && m_undoSnapshot && !sameFormInputs(*m_undoSnapshot, current)) {
        m_undoStack->push(new FormEditCommand(
            *m_undoSnapshot, current, [this](const NegotiationInput& input) { restoreInput(input); }));
    }
    m_undoSnapshot = current;
}

std::optional<VestingSchedule> OfferForm::vestingSchedule(QString* error) const
{
    const QString name = m_ui->vestingCombo->currentData().toString();
    const auto cadence = VestingCadences::fromString(m_ui->cadenceCombo->currentData().toString())
                             .value_or(VestingCadence::Quarterly);
    const int cliff = m_ui->cliffSpin->value();
    if (name == CustomSchedule) {
        QList<int> shares;
        const auto parts =
            m_ui->customScheduleEdit->text().split(QRegularExpression(u"[/;\\s]+"_s), Qt::SkipEmptyParts);
        for (const auto& part : parts) {
            bool ok = false;
            const double percent = QLocale().toDouble(QString(part).remove(u'%'), &ok);
            if (!ok) {
                *error = tr("\"%1\" is not a percentage; write the yearly shares like 25/25/25/25").arg(part);
                return std::nullopt;
            }
            shares.append(toBasisPoints(percent));
        }
        auto built = VestingSchedule::custom(shares, cadence, cliff);
        *error = built.error;
        return built.schedule;
    }
    auto schedule = VestingSchedule::preset(name).value_or(VestingSchedule());
    if (m_ui->cadenceCombo->isEnabled() && schedule.uniformCadence() != cadence)
        schedule = schedule.withCadence(cadence);
    const auto withCliff = schedule.withCliff(cliff);
    if (!withCliff)
        *error = tr("the cliff must be between 0 and %1 months").arg(schedule.lengthMonths());
    return withCliff;
}

Offer OfferForm::buildOffer() const
{
    Offer offer;
    offer.company = m_ui->companyEdit->text().trimmed();
    offer.role = m_ui->roleEdit->text().trimmed();
    offer.roleSoc = offer.role == m_roleText ? m_roleSoc : QString();
    offer.level = static_cast<CareerLevel>(m_ui->levelCombo->currentData().toInt());
    offer.location = m_ui->locationEdit->text().trimmed();
    offer.locationCode = offer.location == m_locationText ? m_locationCode : QString();
    offer.currency = m_ui->currencyCombo->currentData().toString();
    offer.startDate = m_ui->startDateEdit->date();
    offer.base = m_ui->baseEdit->moneyOrZero();
    offer.raiseBasisPoints = toBasisPoints(m_ui->raiseSpin->value());
    offer.bonusBasisPoints = toBasisPoints(m_ui->bonusPercentSpin->value());
    if (!m_ui->fixedBonusEdit->isEmptyOrZero())
        offer.fixedBonus = m_ui->fixedBonusEdit->money();
    offer.signOn.amount = m_ui->signOnEdit->moneyOrZero();
    offer.signOn.year2Amount = m_ui->signOnYear2Edit->moneyOrZero();
    offer.signOn.clawbackMonths = m_ui->clawbackMonthsSpin->value();
    offer.signOn.clawback = ClawbackRules::fromString(m_ui->clawbackRuleCombo->currentData().toString())
                                .value_or(ClawbackRule::Full);
    offer.equity.grant = m_ui->equityGrantEdit->moneyOrZero();
    QString ignored;
    offer.equity.schedule = vestingSchedule(&ignored).value_or(VestingSchedule());
    offer.refresh.yearlyGrant = m_ui->refreshGrantEdit->moneyOrZero();
    offer.refresh.firstYear = m_ui->refreshFirstYearSpin->value();
    offer.refresh.vestYears = m_ui->refreshVestYearsSpin->value();
    offer.refresh.cadence = VestingCadences::fromString(m_ui->refreshCadenceCombo->currentData().toString())
                                .value_or(VestingCadence::Quarterly);
    return offer;
}

Offer OfferForm::offer() const
{
    return buildOffer();
}

std::optional<Offer> OfferForm::competingOffer() const
{
    if (!m_ui->competingGroup->isChecked())
        return std::nullopt;
    const Offer main = buildOffer();
    Offer competing;
    competing.company = m_ui->competingCompanyEdit->text().trimmed();
    competing.role = main.role;
    competing.roleSoc = main.roleSoc;
    competing.level = main.level;
    competing.location = main.location;
    competing.locationCode = main.locationCode;
    competing.currency = main.currency;
    competing.startDate = main.startDate;
    competing.base = m_ui->competingBaseEdit->moneyOrZero();
    competing.bonusBasisPoints = toBasisPoints(m_ui->competingBonusSpin->value());
    competing.signOn.amount = m_ui->competingSignOnEdit->moneyOrZero();
    competing.equity.grant = m_ui->competingEquityEdit->moneyOrZero();
    return competing;
}

void OfferForm::applyTo(NegotiationInput& input) const
{
    input.offer = buildOffer();
    input.competingOffer = competingOffer();
    input.companyStage = CompanyStages::fromId(m_ui->companyStageCombo->currentData().toString())
                             .value_or(CompanyStage::Growth);
    input.baseCapped = m_ui->baseCappedCheck->isChecked();
    input.forfeitedCompensation = m_ui->forfeitedEdit->moneyOrZero();
    input.decisionDeadline = m_ui->deadlineCheck->isChecked() ? m_ui->deadlineEdit->date() : QDate();
    input.recruiterName = m_ui->recruiterEdit->text().trimmed();
    input.userName = m_ui->userNameEdit->text().trimmed();
}

void OfferForm::setInput(const NegotiationInput& input)
{
    m_undoStack->clear();
    m_undoSnapshot.reset();
    showInput(input);
}

void OfferForm::restoreInput(const NegotiationInput& input)
{
    m_restoring = true;
    showInput(input);
}

void OfferForm::showInput(const NegotiationInput& input)
{
    m_loading = true;
    const Offer& offer = input.offer;
    selectData(m_ui->currencyCombo, offer.currency);
    for (auto* edit : m_moneyFields)
        edit->setCurrency(offer.currency);
    m_ui->companyEdit->setText(offer.company);
    m_roleText = offer.role;
    m_roleSoc = offer.roleSoc;
    m_ui->roleEdit->setText(offer.role);
    selectData(m_ui->levelCombo, static_cast<int>(offer.level));
    m_locationText = offer.location;
    m_locationCode = offer.locationCode;
    m_ui->locationEdit->setText(offer.location);
    m_ui->startDateEdit->setDate(offer.startDate.isValid() ? offer.startDate : QDate::currentDate());
    m_ui->baseEdit->setMoney(offer.base);
    m_ui->raiseSpin->setValue(toPercent(offer.raiseBasisPoints));
    m_ui->bonusPercentSpin->setValue(toPercent(offer.bonusBasisPoints));
    m_ui->fixedBonusEdit->setMoney(offer.fixedBonus.value_or(Money::fromMinor(0, offer.currency)));
    m_ui->signOnEdit->setMoney(offer.signOn.amount);
    m_ui->signOnYear2Edit->setMoney(offer.signOn.year2Amount);
    m_ui->clawbackMonthsSpin->setValue(offer.signOn.clawbackMonths);
    selectData(m_ui->clawbackRuleCombo, ClawbackRules::id(offer.signOn.clawback));
    m_ui->equityGrantEdit->setMoney(offer.equity.grant);
    const auto& schedule = offer.equity.schedule;
    const bool custom = schedule.presetName().isEmpty();
    selectData(m_ui->vestingCombo, custom ? CustomSchedule : schedule.presetName());
    m_ui->customScheduleEdit->setText(custom ? scheduleText(schedule.yearlyShares()) : QString());
    const auto cadence = schedule.uniformCadence();
    m_ui->cadenceCombo->setEnabled(custom || cadence.has_value());
    selectData(m_ui->cadenceCombo, VestingCadences::id(cadence.value_or(VestingCadence::Quarterly)));
    m_ui->cliffSpin->setValue(schedule.cliffMonths());
    m_ui->refreshGrantEdit->setMoney(offer.refresh.yearlyGrant);
    m_ui->refreshFirstYearSpin->setValue(offer.refresh.firstYear);
    m_ui->refreshVestYearsSpin->setValue(offer.refresh.vestYears);
    selectData(m_ui->refreshCadenceCombo, VestingCadences::id(offer.refresh.cadence));

    m_ui->competingGroup->setChecked(input.competingOffer.has_value());
    m_ui->competingFields->setVisible(input.competingOffer.has_value());
    const Offer competing = input.competingOffer.value_or(Offer());
    m_ui->competingCompanyEdit->setText(competing.company);
    // Without a competing offer its base stays empty, so ticking the group asks for one.
    if (input.competingOffer)
        m_ui->competingBaseEdit->setMoney(competing.base);
    else
        m_ui->competingBaseEdit->clear();
    m_ui->competingBonusSpin->setValue(toPercent(competing.bonusBasisPoints));
    m_ui->competingSignOnEdit->setMoney(competing.signOn.amount);
    m_ui->competingEquityEdit->setMoney(competing.equity.grant);

    selectData(m_ui->companyStageCombo, CompanyStages::id(input.companyStage));
    m_ui->baseCappedCheck->setChecked(input.baseCapped);
    m_ui->forfeitedEdit->setMoney(input.forfeitedCompensation);
    m_ui->deadlineCheck->setChecked(input.decisionDeadline.isValid());
    m_ui->deadlineEdit->setEnabled(input.decisionDeadline.isValid());
    m_ui->deadlineEdit->setDate(input.decisionDeadline.isValid() ? input.decisionDeadline
                                                                 : QDate::currentDate().addDays(7));
    m_ui->recruiterEdit->setText(input.recruiterName);
    m_ui->userNameEdit->setText(input.userName);
    updateVestingFields();
    m_loading = false;
    scheduleChanged();
}

void OfferForm::revalidate()
{
    QList<FieldError> problems;
    for (auto* edit : m_moneyFields) {
        const bool counts =
            edit->parentWidget() != m_ui->competingFields || m_ui->competingGroup->isChecked();
        if (counts && !edit->isValid())
            problems.append({edit->fieldName(), edit->error()});
    }

    QString scheduleError;
    vestingSchedule(&scheduleError);
    const QString styleSheet = scheduleError.isEmpty()
                                   ? QString()
                                   : WarningColors::invalidFieldStyleSheet(u"QLineEdit"_s, palette());
    m_ui->customScheduleEdit->setStyleSheet(styleSheet);
    if (!scheduleError.isEmpty())
        problems.append({tr("Vesting"), scheduleError});

    if (problems.isEmpty()) {
        // The model's own bounds (raise, bonus, clawback …), named by the offer file's field path.
        for (const auto& error : buildOffer().validate())
            problems.append(error);
    }
    if (problems == m_problems)
        return;
    m_problems = problems;
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(u"⚠ "_s + problem.toString());
    m_ui->problemsLabel->setText(lines.join(u'\n'));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    QPalette labelPalette = m_ui->problemsLabel->palette();
    labelPalette.setColor(QPalette::WindowText,
                          WarningColors::foreground(WarningColors::Severity::Block, palette()));
    m_ui->problemsLabel->setPalette(labelPalette);
    emit problemsChanged(problems);
}

} // namespace Anchorline
