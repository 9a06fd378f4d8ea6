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

// One edit of the form: undo shows the inputs before it, redo those after it.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(const QString& text, Session before, Session after,
                    std::function<void(const Session&)> restore)
        : QUndoCommand(text)
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
    Session m_before;
    Session m_after;
    std::function<void(const Session&)> m_restore;
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
    // What picking the first suggestion for the role gives (TestOfferForm checks): a first start resolves the
    // sample without building the role index.
    offer.roleSoc = u"15-1252"_s;
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
    setUpMoneyField(m_ui->forfeitedEdit, tr("Left behind"),
                    tr("Unvested equity and bonus you give up by leaving your current job: the basis for a "
                       "make-whole sign-on ask. Never put into the email as your pay."),
                    true);

    m_ui->roleEdit->setPlaceholderText(tr("e.g. Software Engineer"));
    m_ui->locationEdit->setPlaceholderText(tr("e.g. San Jose, CA (empty: United States)"));
    m_ui->levelCombo->setToolTip(tr("Your level for this offer. It picks the part of the local pay "
                                    "distribution the band shows."));
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
    for (QLineEdit* edit : std::initializer_list<QLineEdit*>{
             m_ui->offerLabelEdit, m_ui->roleEdit, m_ui->locationEdit, m_ui->companyEdit,
             m_ui->customScheduleEdit, m_ui->recruiterEdit, m_ui->userNameEdit})
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
    for (auto* spin : {m_ui->raiseSpin, m_ui->bonusPercentSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto* spin :
         {m_ui->clawbackMonthsSpin, m_ui->cliffSpin, m_ui->refreshFirstYearSpin, m_ui->refreshVestYearsSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (auto* date : {m_ui->startDateEdit, m_ui->deadlineEdit})
        connect(date, &QDateEdit::dateChanged, this, changed);
    // A date the person picks is the offer's, even if it is the one shown in place of none.
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_startDateStandIn = QDate();
    });
    connect(m_ui->baseCappedCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->deadlineEdit->setEnabled(checked);
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
    // Also called directly before the offers change, so that the edits of the shown offer are kept.
    if (!std::exchange(m_changePending, false))
        return;
    revalidate();
    emit inputsChanged();
    if (!isValid())
        return;
    const Session::OfferEntry shown{m_ui->offerLabelEdit->text().trimmed(), buildOffer()};
    const bool offerEdited = m_offers.at(m_current) != shown;
    m_offers[m_current] = shown;
    m_ui->offerLabelEdit->setPlaceholderText(
        Session::OfferEntry{QString(), shown.offer}.displayLabel(m_current));
    recordUndoStep();
    if (offerEdited)
        emit offersChanged();
    emit offerChanged(shown.offer);
}

void OfferForm::recordUndoStep()
{
    const Session current = formState();
    const bool restoring = std::exchange(m_restoring, false);
    const QString text = std::exchange(m_pendingUndoText, QString());
    if (!restoring && m_undoSnapshot && *m_undoSnapshot != current) {
        m_undoStack->push(new FormEditCommand(text.isEmpty() ? tr("Edit offer") : text, *m_undoSnapshot,
                                              current,
                                              [this](const Session& state) { restoreState(state); }));
    }
    m_undoSnapshot = current;
}

void OfferForm::selectOffer(int index)
{
    announceChanges();
    if (index == m_current || index < 0 || index >= m_offers.size() || !isValid())
        return;
    if (m_competing == index)
        m_competing = m_current;
    m_returnOffer = m_current;
    m_current = index;
    // Switching is not an edit: the next step starts from this offer, and showing it records nothing.
    if (m_undoSnapshot) {
        m_undoSnapshot->negotiatedOffer = m_current;
        m_undoSnapshot->competingOffer = m_competing;
    }
    m_restoring = true;
    showOffer(m_offers.at(m_current));
}

void OfferForm::changeOffers(int index, const QString& undoText)
{
    m_current = index;
    if (m_competing == m_current)
        m_competing.reset();
    m_pendingUndoText = undoText;
    showOffer(m_offers.at(m_current));
}

void OfferForm::addOffer()
{
    announceChanges();
    if (!isValid())
        return;
    const Offer& shown = m_offers.at(m_current).offer;
    Offer offer;
    offer.role = shown.role;
    offer.roleSoc = shown.roleSoc;
    offer.level = shown.level;
    offer.location = shown.location;
    offer.locationCode = shown.locationCode;
    offer.currency = shown.currency;
    offer.startDate = shown.startDate;
    offer.base = shown.base;
    m_offers.append({QString(), offer});
    m_returnOffer = m_current;
    changeOffers(int(m_offers.size()) - 1, tr("Add offer"));
    m_ui->companyEdit->setFocus(Qt::OtherFocusReason);
}

void OfferForm::duplicateOffer()
{
    announceChanges();
    if (!isValid())
        return;
    Session::OfferEntry copy = m_offers.at(m_current);
    if (!copy.label.isEmpty())
        copy.label = tr("%1 (copy)").arg(copy.label);
    m_offers.append(copy);
    m_returnOffer = m_current;
    changeOffers(int(m_offers.size()) - 1, tr("Duplicate offer"));
}

void OfferForm::removeOffer()
{
    if (!canRemoveOffer())
        return;
    // Pending valid edits are recorded first (each removal is its own step); invalid ones go with the offer.
    announceChanges();
    const int removed = m_current;
    m_offers.removeAt(removed);
    const auto shifted = [removed](std::optional<int> index) -> std::optional<int> {
        if (!index || *index == removed)
            return std::nullopt;
        return *index > removed ? *index - 1 : *index;
    };
    m_competing = shifted(m_competing);
    // Back to the offer shown before this one (removing an offer just added returns to where you were).
    const int next = shifted(m_returnOffer).value_or(std::min(removed, int(m_offers.size()) - 1));
    m_returnOffer.reset();
    changeOffers(next, tr("Remove offer"));
}

void OfferForm::focusLabel()
{
    m_ui->offerLabelEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->offerLabelEdit->selectAll();
}

void OfferForm::setCompetingOffer(std::optional<int> index)
{
    if (index && (*index == m_current || *index < 0 || *index >= m_offers.size()))
        return;
    announceChanges();
    if (index == m_competing)
        return;
    m_competing = index;
    m_pendingUndoText = tr("Choose competing offer");
    emit offersChanged();
    scheduleChanged();
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
    const QDate startDate = m_ui->startDateEdit->date();
    offer.startDate = startDate == m_startDateStandIn ? QDate() : startDate;
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

void OfferForm::applyTo(NegotiationInput& input) const
{
    const Session state = formState();
    const auto& settings = state.negotiation;
    input.offer = buildOffer();
    input.competingOffer = m_competing ? std::optional(m_offers.at(*m_competing).offer) : std::nullopt;
    input.companyStage = settings.companyStage;
    input.baseCapped = settings.baseCapped;
    input.forfeitedCompensation = settings.forfeitedCompensation;
    input.decisionDeadline = settings.decisionDeadline;
    input.recruiterName = settings.recruiterName;
    input.userName = state.clientName;
}

Session OfferForm::formState() const
{
    Session state;
    applyTo(state);
    return state;
}

void OfferForm::applyTo(Session& session) const
{
    session.offers = m_offers;
    session.negotiatedOffer = m_current;
    session.competingOffer = m_competing;
    session.clientName = m_ui->userNameEdit->text().trimmed();
    auto& settings = session.negotiation;
    settings.companyStage = CompanyStages::fromId(m_ui->companyStageCombo->currentData().toString())
                                .value_or(CompanyStage::Growth);
    settings.baseCapped = m_ui->baseCappedCheck->isChecked();
    settings.forfeitedCompensation = m_ui->forfeitedEdit->moneyOrZero();
    settings.decisionDeadline = m_ui->deadlineCheck->isChecked() ? m_ui->deadlineEdit->date() : QDate();
    settings.recruiterName = m_ui->recruiterEdit->text().trimmed();
}

void OfferForm::setInput(const NegotiationInput& input)
{
    Session session;
    session.offers.append({QString(), input.offer});
    if (input.competingOffer) {
        session.offers.append({QString(), *input.competingOffer});
        session.competingOffer = 1;
    }
    session.clientName = input.userName;
    auto& settings = session.negotiation;
    settings.companyStage = input.companyStage;
    settings.baseCapped = input.baseCapped;
    settings.forfeitedCompensation = input.forfeitedCompensation;
    settings.decisionDeadline = input.decisionDeadline;
    settings.recruiterName = input.recruiterName;
    setSession(session);
}

void OfferForm::setSession(const Session& session)
{
    m_undoStack->clear();
    m_undoSnapshot.reset();
    showState(session);
}

void OfferForm::restoreState(const Session& state)
{
    m_restoring = true;
    showState(state);
}

void OfferForm::showState(const Session& state)
{
    m_offers = state.offers;
    m_current = std::clamp(state.negotiatedOffer, 0, int(m_offers.size()) - 1);
    m_returnOffer.reset();
    m_competing = state.competingOffer;
    m_loading = true;
    const auto& settings = state.negotiation;
    selectData(m_ui->companyStageCombo, CompanyStages::id(settings.companyStage));
    m_ui->baseCappedCheck->setChecked(settings.baseCapped);
    m_ui->forfeitedEdit->setMoney(settings.forfeitedCompensation);
    const QDate& deadline = settings.decisionDeadline;
    m_ui->deadlineCheck->setChecked(deadline.isValid());
    m_ui->deadlineEdit->setEnabled(deadline.isValid());
    m_ui->deadlineEdit->setDate(deadline.isValid() ? deadline : QDate::currentDate().addDays(7));
    m_ui->recruiterEdit->setText(settings.recruiterName);
    m_ui->userNameEdit->setText(state.clientName);
    m_loading = false;
    showOffer(m_offers.at(m_current));
}

void OfferForm::showOffer(const Session::OfferEntry& entry)
{
    m_loading = true;
    const Offer& offer = entry.offer;
    m_ui->offerLabelEdit->setText(entry.label);
    m_ui->offerLabelEdit->setPlaceholderText(Session::OfferEntry{QString(), offer}.displayLabel(m_current));
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
    // Showing today's date for a missing start date is not an edit (it marked the session modified).
    m_startDateStandIn = offer.startDate.isValid() ? QDate() : QDate::currentDate();
    m_ui->startDateEdit->setDate(offer.startDate.isValid() ? offer.startDate : m_startDateStandIn);
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

    updateVestingFields();
    m_loading = false;
    emit offersChanged();
    scheduleChanged();
}

void OfferForm::revalidate()
{
    QList<FieldError> problems;
    for (auto* edit : m_moneyFields) {
        if (!edit->isValid())
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
