#include "StockScenarioView.h"

#include "CompensationCalculator.h"
#include "EquityScenarioChart.h"
#include "StockScenarioCalculator.h"
#include "WarningColors.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Anchorline {

namespace {

using namespace Qt::StringLiterals;

constexpr int BasisPointsPerPercent = 100;

QSpinBox* makePercentBox(int minimum, int maximum, int step, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(StockScenarioView::tr(" %"));
    box->setAccelerated(true);
    return box;
}

} // namespace

StockScenarioView::StockScenarioView(QWidget* parent)
    : QWidget(parent)
    , m_chart(new EquityScenarioChart(this))
    , m_discountRow(new QWidget(this))
    , m_discountBox(makePercentBox(0, 100, 5, m_discountRow))
    , m_totals(new WrappedLabel(this))
    , m_warning(new WrappedLabel(this))
{
    setObjectName(u"stockScenarioView"_s);
    auto* controls = new QHBoxLayout;
    // Mnemonics avoid the menu bar's letters (File, Edit, View, Help).
    // The growth is yearly, from each grant date: the tooltips and the chart's caption say so.
    const QStringList labels{tr("Bea&r:"), tr("F&lat:"), tr("B&ull:")};
    const QStringList tips{
        tr("Bear scenario: the yearly change of the share price, applied from each grant date to each vest. "
           "-100 % means the shares become worthless."),
        tr("Flat scenario: the yearly change of the share price; 0 % values every vest at its grant value."),
        tr("Bull scenario: the yearly change of the share price, applied from each grant date to each "
           "vest.")};
    for (qsizetype index = 0; index < m_settings.scenarios.size(); ++index) {
        auto* box =
            makePercentBox(StockScenarioSettings::MinGrowthBasisPoints / BasisPointsPerPercent,
                           StockScenarioSettings::MaxGrowthBasisPoints / BasisPointsPerPercent, 5, this);
        box->setObjectName(m_settings.scenarios.at(index).id + u"Growth"_s);
        box->setValue(m_settings.scenarios.at(index).growthBasisPoints / BasisPointsPerPercent);
        box->setToolTip(tips.value(index));
        auto* label = new QLabel(labels.value(index), this);
        label->setBuddy(box);
        label->setToolTip(box->toolTip());
        controls->addWidget(label);
        controls->addWidget(box);
        controls->addSpacing(8);
        m_growthBoxes.append(box);
        // Each box sets its own rate only: another rate from a session (12.5 %) stays as it is.
        connect(box, &QSpinBox::valueChanged, this, [this, index](int percent) {
            m_settings.scenarios[index].growthBasisPoints = percent * BasisPointsPerPercent;
            edited();
        });
    }
    controls->addSpacing(8);

    auto* discountLayout = new QHBoxLayout(m_discountRow);
    discountLayout->setContentsMargins(0, 0, 0, 0);
    auto* discountLabel = new QLabel(tr("Private-company disc&ount:"), m_discountRow);
    discountLabel->setBuddy(m_discountBox);
    m_discountBox->setObjectName(u"privateDiscount"_s);
    m_discountBox->setValue(m_settings.privateDiscountBasisPoints / BasisPointsPerPercent);
    m_discountBox->setToolTip(
        tr("Private shares count at (100 % - discount) of their scenario value: an expected value for shares "
           "that may never be sold. The default 50 % is a convention (the x0.5 factor of the open-source "
           "offer-compare tool), not a measured figure."));
    discountLabel->setToolTip(m_discountBox->toolTip());
    discountLayout->addWidget(discountLabel);
    discountLayout->addWidget(m_discountBox);
    controls->addWidget(m_discountRow);
    controls->addStretch(1);
    connect(m_discountBox, &QSpinBox::valueChanged, this, [this](int percent) {
        m_settings.privateDiscountBasisPoints = percent * BasisPointsPerPercent;
        edited();
    });

    m_warning->setMargin(6);
    m_warning->setAutoFillBackground(true);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::Window,
                            WarningColors::background(WarningColors::Severity::Warning, palette()));
    m_warning->setPalette(warningPalette);
    m_warning->setStyleSheet(u"QLabel { border: 1px solid %1; border-left: 4px solid %1; }"_s.arg(
        WarningColors::foreground(WarningColors::Severity::Warning, palette()).name()));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_warning);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_totals);
    // Left to right: the growth rates, the discount, then the chart.
    QList<QWidget*> tabOrder(m_growthBoxes.begin(), m_growthBoxes.end());
    tabOrder << m_discountBox << m_chart;
    for (qsizetype index = 1; index < tabOrder.size(); ++index)
        setTabOrder(tabOrder.at(index - 1), tabOrder.at(index));
    connect(m_chart, &ChartPanel::dataSourcesRequested, this, &StockScenarioView::dataSourcesRequested);
    recompute();
}

void StockScenarioView::setOffer(const Offer& offer, CompanyStage stage)
{
    m_offer = offer;
    m_settings.privateCompany = StockScenarioSettings::isPrivateStage(stage);
    recompute();
}

void StockScenarioView::setChosenSettings(const StockScenarioSettings& settings)
{
    const bool privateCompany = m_settings.privateCompany;
    m_settings = settings;
    m_settings.privateCompany = privateCompany;
    // Shown rounded to whole percent; not an edit.
    for (qsizetype index = 0; index < m_growthBoxes.size(); ++index) {
        const QSignalBlocker blocker(m_growthBoxes.at(index));
        m_growthBoxes.at(index)->setValue(
            qRound(m_settings.scenarios.at(index).growthBasisPoints / double(BasisPointsPerPercent)));
    }
    const QSignalBlocker blocker(m_discountBox);
    m_discountBox->setValue(qRound(m_settings.privateDiscountBasisPoints / double(BasisPointsPerPercent)));
    recompute();
}

StockScenarioSettings StockScenarioView::chosenSettings() const
{
    StockScenarioSettings settings = m_settings;
    settings.privateCompany = false;
    return settings;
}

void StockScenarioView::edited()
{
    recompute();
    emit settingsEdited();
}

void StockScenarioView::recompute()
{
    // The spin boxes keep every value inside the accepted ranges, so the settings always validate.
    const auto results = StockScenarioCalculator(m_offer, m_settings).results();
    m_chart->setResults(results);
    QStringList totals;
    for (const auto& result : results)
        totals.append(tr("%1 %2").arg(result.scenario.displayName(), result.totalFourYears.toString()));
    const CompensationCalculator atGrantValue(m_offer);
    Money grantValue = Money::fromMinor(0, m_offer.currency);
    for (int year = 1; year <= CompensationCalculator::SummaryYears; ++year)
        grantValue += atGrantValue.year(year).equity + atGrantValue.year(year).refresh;
    m_totals->setText(tr("Years 1-4, equity and refreshers: %1. At grant value, as in your offer: %2.")
                          .arg(totals.join(u" · "_s), grantValue.toString()));
    m_discountRow->setVisible(m_settings.privateCompany);
    m_warning->setVisible(m_settings.privateCompany);
    m_warning->setText(m_settings.privateCompany
                           ? tr("Private company (startup or growth stage): the amounts are discounted by "
                                "%1 %. %2")
                                 .arg(m_settings.privateDiscountBasisPoints / BasisPointsPerPercent)
                                 .arg(StockScenarioSettings::privateWarning())
                           : QString());
}

void StockScenarioView::focusFirstRate()
{
    m_growthBoxes.front()->setFocus(Qt::ShortcutFocusReason);
    m_growthBoxes.front()->selectAll();
}

QString StockScenarioView::totalsText() const
{
    return m_totals->text();
}

QString StockScenarioView::warningText() const
{
    return m_warning->text();
}

bool StockScenarioView::isDiscountShown() const
{
    return !m_discountRow->isHidden();
}

} // namespace Anchorline
