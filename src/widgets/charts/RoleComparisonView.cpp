#include "RoleComparisonView.h"

#include "BandModel.h"
#include "BandResolver.h"
#include "LevelProgressionChart.h"
#include "MarketStore.h"
#include "RolePayTableModel.h"
#include "RoleProfile.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QLabel* makeTextLabel(QWidget* parent)
{
    auto* label = new WrappedLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

void makeSearchable(QComboBox* picker)
{
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    picker->completer()->setFilterMode(Qt::MatchContains);
    picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

const RoleProfile* profileOf(const ComparedRole& role)
{
    return role.techMarketRole.isEmpty() ? nullptr : RoleProfiles::find(role.techMarketRole);
}

} // namespace

RoleComparisonView::RoleComparisonView(const MarketStore& store,
                                       std::shared_ptr<const DatasetLibrary> datasets, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_datasets(std::move(datasets))
{
    setObjectName(u"roleComparisonView"_s);
    setWindowTitle(tr("Role comparison"));
}

void RoleComparisonView::showEvent(QShowEvent* event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void RoleComparisonView::ensureBuilt() const
{
    if (!m_built)
        const_cast<RoleComparisonView*>(this)->build();
}

void RoleComparisonView::build()
{
    m_built = true;
    m_areaPicker = new QComboBox(this);
    m_levelPicker = new QComboBox(this);
    m_typicalPaySource = makeTextLabel(this);
    m_levelSummary = makeTextLabel(this);
    m_payTable = new RolePayTableModel(this);
    m_payTableView = new QTableView(this);
    m_progression = new LevelProgressionChart(this);
    m_drivers = makeTextLabel(this);
    m_profileSource = makeTextLabel(this);
    connect(m_progression, &ChartPanel::dataSourcesRequested, this,
            &RoleComparisonView::dataSourcesRequested);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildPickers());

    auto* typical = new QWidget;
    auto* typicalLayout = new QGridLayout(typical);
    for (std::size_t i = 0; i < m_typicalPay.size(); ++i) {
        m_typicalPay[i] = makeTextLabel(typical);
        typicalLayout->addWidget(m_typicalPay[i], 0, static_cast<int>(i));
    }
    typicalLayout->addWidget(m_typicalPaySource, 1, 0, 1, 2);
    layout->addWidget(buildSection(tr("Typical pay"), typical));

    m_payTableView->setModel(m_payTable);
    m_payTableView->verticalHeader()->hide();
    m_payTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payTableView->horizontalHeader()->setSectionResizeMode(RolePayTableModel::SourceColumn,
                                                             QHeaderView::Stretch);
    m_payTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payTableView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* table = new QWidget;
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_payTableView);
    tableLayout->addWidget(m_levelSummary);
    layout->addWidget(buildSection(tr("Early-career, mid-level and senior pay"), table));

    m_progression->setMinimumHeight(400);
    layout->addWidget(buildSection(tr("Pay progression by level"), m_progression));
    layout->addWidget(buildSection(tr("Why the pay differs"), m_drivers));

    auto* skills = new QWidget;
    auto* skillsLayout = new QHBoxLayout(skills);
    auto* careers = new QWidget;
    auto* careersLayout = new QHBoxLayout(careers);
    for (std::size_t i = 0; i < m_skills.size(); ++i) {
        m_skills[i] = makeTextLabel(skills);
        skillsLayout->addWidget(m_skills[i], 1);
        m_careers[i] = makeTextLabel(careers);
        careersLayout->addWidget(m_careers[i], 1);
    }
    layout->addWidget(buildSection(tr("Skills that drive higher pay"), skills));
    layout->addWidget(buildSection(tr("Career paths, plateaus and transitions"), careers));
    layout->addWidget(m_profileSource);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (!m_pendingArea.isEmpty()) {
        // Quietly: setRoles() refreshes once.
        m_updating = true;
        selectData(m_areaPicker, m_pendingArea);
        m_updating = false;
    }
    setRoles(u"ai-engineer"_s, u"software-engineer"_s);
}

QWidget* RoleComparisonView::buildPickers()
{
    auto* pickers = new QWidget;
    auto* form = new QFormLayout(pickers);
    for (std::size_t i = 0; i < m_rolePickers.size(); ++i) {
        m_rolePickers[i] = new QComboBox(pickers);
        fillRolePicker(m_rolePickers[i]);
        connect(m_rolePickers[i], &QComboBox::currentIndexChanged, this, &RoleComparisonView::pickersChanged);
    }
    m_rolePickers[0]->setObjectName(u"firstRolePicker"_s);
    m_rolePickers[1]->setObjectName(u"secondRolePicker"_s);
    m_rolePickers[0]->setToolTip(
        tr("A role the product brief profiles, or any occupation in the government data"));
    m_rolePickers[1]->setToolTip(m_rolePickers[0]->toolTip());
    fillAreaPicker();
    m_areaPicker->setObjectName(u"areaPicker"_s);
    m_areaPicker->setToolTip(tr("Government figures are for this place; the brief's figures are not local"));
    for (CareerLevel level : CareerLevels::all())
        m_levelPicker->addItem(CareerLevels::displayName(level), CareerLevels::id(level));
    m_levelPicker->setCurrentIndex(m_levelPicker->findData(CareerLevels::id(CareerLevel::Mid)));
    m_levelPicker->setObjectName(u"levelPicker"_s);
    m_levelPicker->setToolTip(BandModel::levelMappingExplanation());
    connect(m_areaPicker, &QComboBox::currentIndexChanged, this, &RoleComparisonView::pickersChanged);
    connect(m_levelPicker, &QComboBox::currentIndexChanged, this, &RoleComparisonView::pickersChanged);

    form->addRow(tr("&Compare:"), m_rolePickers[0]);
    form->addRow(tr("&With:"), m_rolePickers[1]);
    form->addRow(tr("&Location:"), m_areaPicker);
    form->addRow(tr("L&evel:"), m_levelPicker);
    return pickers;
}

QWidget* RoleComparisonView::buildSection(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

void RoleComparisonView::fillRolePicker(QComboBox* picker)
{
    for (const RoleProfile& profile : RoleProfiles::all())
        picker->addItem(profile.displayName, profile.id);
    picker->insertSeparator(picker->count());
    for (const Occupation& occupation : m_store.occupations())
        picker->addItem(tr("%1 (%2)").arg(occupation.title, occupation.soc), occupation.soc);
    makeSearchable(picker);
}

void RoleComparisonView::fillAreaPicker()
{
    m_areaPicker->addItem(tr("United States (national)"), BandModel::NationalAreaCode.toString());
    for (const MarketArea& area : m_store.areas())
        m_areaPicker->addItem(area.name, area.code);
    makeSearchable(m_areaPicker);
}

void RoleComparisonView::selectData(QComboBox* picker, const QString& data)
{
    const int index = picker->findData(data);
    if (index >= 0)
        picker->setCurrentIndex(index);
}

void RoleComparisonView::setRoles(const QString& first, const QString& second)
{
    ensureBuilt();
    m_updating = true;
    const std::array<QString, 2> wanted{first, second};
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const RoleProfile* profile = RoleProfiles::find(wanted[i]);
        const ComparedRole role = ComparedRole::fromName(m_store, wanted[i]);
        selectData(m_rolePickers[i], profile ? profile->id : role.soc);
    }
    m_updating = false;
    pickersChanged();
}

void RoleComparisonView::setArea(const QString& areaCode)
{
    if (!m_built) {
        m_pendingArea = areaCode;
        return;
    }
    selectData(m_areaPicker, areaCode);
}

void RoleComparisonView::setLevel(CareerLevel level)
{
    ensureBuilt();
    selectData(m_levelPicker, CareerLevels::id(level));
}

QString RoleComparisonView::areaCode() const
{
    ensureBuilt();
    return m_areaPicker->currentData().toString();
}

const RolePayTableModel* RoleComparisonView::payTable() const
{
    ensureBuilt();
    return m_payTable;
}

LevelProgressionChart* RoleComparisonView::progressionChart() const
{
    ensureBuilt();
    return m_progression;
}

void RoleComparisonView::pickersChanged()
{
    if (m_updating)
        return;
    for (std::size_t i = 0; i < m_rolePickers.size(); ++i)
        m_roles[i] = ComparedRole::fromName(m_store, m_rolePickers[i]->currentData().toString());
    refresh();
}

void RoleComparisonView::refresh()
{
    const QList<ComparedRole> roles{m_roles[0], m_roles[1]};
    m_payTable->setRows(RolePayTableModel::buildRows(m_store, roles, areaCode(), m_datasets.get()));
    m_payTableView->setFixedHeight(m_payTableView->horizontalHeader()->height() +
                                   m_payTableView->rowHeight(0) * std::max<int>(1, m_payTable->rowCount()) +
                                   2 * m_payTableView->frameWidth());
    m_progression->setProgression(LevelProgression::build(m_store, roles, areaCode(), m_datasets.get()));
    refreshTypicalPay();
    refreshLevelSummary();
    refreshProfiles();
}

void RoleComparisonView::refreshTypicalPay()
{
    QStringList sources;
    for (std::size_t i = 0; i < m_roles.size(); ++i) {
        const ComparedRole& role = m_roles[i];
        // The brief's figure where it has one, else the government median of the whole band.
        const RolePayRow* chosen = nullptr;
        for (const RolePayRow& row : m_payTable->rows()) {
            if (row.role == role.name && row.pay[RolePayRow::Typical].kind != BandValue::Kind::Missing &&
                (!chosen || row.secondarySource))
                chosen = &row;
        }
        const QString amount =
            chosen ? RolePayTableModel::cellText(chosen->pay[RolePayRow::Typical], chosen->secondarySource)
                   : tr("no data");
        m_typicalPay[i]->setText(
            u"<div>%1</div><div style=\"font-size:xx-large; font-weight:bold\">%2</div>"_s.arg(
                role.name.toHtmlEscaped(), amount.toHtmlEscaped()));
        const QString source = chosen
                                   ? (chosen->secondarySource ? RoleProfiles::sourceCaption()
                                                              : tr("Median base pay: %1").arg(chosen->source))
                                   : QString();
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    m_typicalPaySource->setText(u"<small>%1</small>"_s.arg(sources.join(u"<br>"_s)));
}

QString RoleComparisonView::typicalPayText(int roleIndex) const
{
    ensureBuilt();
    return m_typicalPay[static_cast<std::size_t>(roleIndex)]->text();
}

void RoleComparisonView::refreshLevelSummary()
{
    const auto level =
        CareerLevels::fromString(m_levelPicker->currentData().toString()).value_or(CareerLevel::Unspecified);
    QStringList parts;
    QStringList importedParts;
    QString source;
    for (const ComparedRole& role : m_roles) {
        const std::optional<Band> band = BandModel::band(m_store, role.soc, areaCode(), level);
        if (!band)
            continue;
        parts.append(
            tr("%1 %2").arg(role.name, RolePayTableModel::cellText(band->value(Percentile::P50), false)));
        source = tr("%1, %2").arg(band->sourceText(QDate::currentDate()), band->areaName);
        // The window's band for this role, level and place comes from an imported dataset where one has a
        // row: say so here too, beside the government figure rather than in its place.
        for (const auto& dataset :
             BandResolver::importedLevels(m_store, m_datasets.get(), role.soc, areaCode(), {level})) {
            importedParts.append(
                tr("%1 %2 (%3)")
                    .arg(role.name,
                         RolePayTableModel::cellText(dataset.bands.front()->value(Percentile::P50), false),
                         dataset.sourceTexts(QDate::currentDate()).join(u"; "_s)));
        }
    }
    QString summary = parts.isEmpty()
                          ? tr("No government figures for these roles here.").toHtmlEscaped()
                          : tr("Median base pay, %1: %2 <small>(%3; level bands are modelled)</small>")
                                .arg(CareerLevels::displayName(level).toHtmlEscaped(),
                                     parts.join(u" · "_s).toHtmlEscaped(), source.toHtmlEscaped());
    if (!importedParts.isEmpty())
        summary +=
            u"<br>"_s + tr("From your imported data: %1").arg(importedParts.join(u" · "_s)).toHtmlEscaped();
    m_levelSummary->setText(summary);
}

QString RoleComparisonView::levelSummaryText() const
{
    ensureBuilt();
    return m_levelSummary->text();
}

void RoleComparisonView::refreshProfiles()
{
    const RoleProfile* first = profileOf(m_roles[0]);
    const RoleProfile* second = profileOf(m_roles[1]);
    const QList<PayDriver> drivers =
        first && second ? RoleProfiles::payDrivers(first->id, second->id) : QList<PayDriver>();
    QString driversHtml;
    for (const PayDriver& driver : drivers)
        driversHtml +=
            u"<p><b>%1</b> — %2</p>"_s.arg(driver.title.toHtmlEscaped(), driver.explanation.toHtmlEscaped());
    if (driversHtml.isEmpty())
        driversHtml = tr("The product brief explains the difference only between AI engineers and software "
                         "engineers. For these roles Anchorline shows the government pay figures above.")
                          .toHtmlEscaped();
    m_drivers->setText(driversHtml);

    const QColor high = palette().color(QPalette::Highlight);
    for (std::size_t i = 0; i < m_roles.size(); ++i) {
        const RoleProfile* profile = i == 0 ? first : second;
        const QString heading = u"<h4>%1</h4>"_s.arg(m_roles[i].name.toHtmlEscaped());
        if (!profile) {
            const QString none =
                tr("The product brief has no skills or career-path data for this role.").toHtmlEscaped();
            m_skills[i]->setText(heading + none);
            m_careers[i]->setText(heading + none);
            continue;
        }
        QString skills = heading;
        for (const SkillPremium& skill : profile->skills) {
            const bool isHigh = skill.impact == SkillPremium::Impact::High;
            skills +=
                u"<p><b>%1</b> &nbsp;<span style=\"color:%2; font-weight:bold\">%3</span><br>%4</p>"_s.arg(
                    skill.name.toHtmlEscaped(),
                    isHigh ? high.name() : palette().color(QPalette::PlaceholderText).name(),
                    RoleProfiles::impactName(skill.impact).toHtmlEscaped(),
                    skill.description.toHtmlEscaped());
        }
        m_skills[i]->setText(skills);
        QString career = heading + u"<ol>"_s;
        for (const CareerStep& step : profile->careerPath)
            career +=
                u"<li><b>%1</b> — %2</li>"_s.arg(step.title.toHtmlEscaped(), step.summary.toHtmlEscaped());
        career += u"</ol><p><b>%1</b> %2</p><p><b>%3</b> %4</p>"_s.arg(
            tr("When pay growth slows:").toHtmlEscaped(), profile->plateau.toHtmlEscaped(),
            tr("Common transitions:").toHtmlEscaped(), profile->transitions.toHtmlEscaped());
        if (!profile->socNote.isEmpty())
            career += u"<p><small>%1</small></p>"_s.arg(profile->socNote.toHtmlEscaped());
        m_careers[i]->setText(career);
    }
    m_profileSource->setText(
        first || second ? u"<small>%1 (%2)</small>"_s.arg(RoleProfiles::sourceCaption().toHtmlEscaped(),
                                                          RoleProfiles::sourceDocument().toHtmlEscaped())
                        : QString());
}

QString RoleComparisonView::driversText() const
{
    ensureBuilt();
    return m_drivers->text();
}

QString RoleComparisonView::skillsText(int roleIndex) const
{
    ensureBuilt();
    return m_skills[static_cast<std::size_t>(roleIndex)]->text();
}

QString RoleComparisonView::careerText(int roleIndex) const
{
    ensureBuilt();
    return m_careers[static_cast<std::size_t>(roleIndex)]->text();
}

} // namespace Anchorline
