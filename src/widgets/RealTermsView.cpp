#include "RealTermsView.h"

#include "CompensationCalculator.h"
#include "LocationSearch.h"
#include "MarketBandChart.h"
#include "SearchSuggestionModel.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr int columnCount = CompensationCalculator::SummaryYears + 1; // years 1 … 4, then the 4-year total

QLabel* amountLabel()
{
    auto* label = new QLabel;
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RealTermsView::RealTermsView(const MarketStore& store, const LocationSearch& search, QWidget* parent)
    : QWidget(parent)
    , m_search(search)
    , m_table(store)
    , m_summary(new WrappedLabel)
    , m_source(new WrappedLabel)
    , m_bandSwitch(new QCheckBox)
    , m_placeEdit(new QLineEdit)
    , m_comparison(new WrappedLabel)
    , m_comparisonNote(new WrappedLabel)
{
    buildUi();
    connect(m_bandSwitch, &QCheckBox::toggled, this, &RealTermsView::bandInRealTermsChanged);
    connect(m_source, &QLabel::linkActivated, this, &RealTermsView::dataSourcesRequested);
    connect(m_placeEdit, &QLineEdit::textChanged, this, &RealTermsView::updateComparison);
    showOffer();
}

void RealTermsView::buildUi()
{
    setObjectName(u"realTermsView"_s);
    auto* offerBox = new QGroupBox(tr("This offer in real terms"));
    auto* offerLayout = new QVBoxLayout(offerBox);
    m_summary->setTextFormat(Qt::PlainText);
    offerLayout->addWidget(m_summary);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("As offered")), 1, 0);
    // Wraps, so the five amount columns fit a 1280-pixel-wide window.
    grid->addWidget(new WrappedLabel(tr("In 2023 US-average prices")), 2, 0);
    for (int column = 0; column < columnCount; ++column) {
        auto* header =
            new QLabel(column < CompensationCalculator::SummaryYears ? tr("Year %1").arg(column + 1)
                                                                     : tr("4-year total"));
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column + 1);
        m_nominalCells[size_t(column)] = amountLabel();
        m_realCells[size_t(column)] = amountLabel();
        grid->addWidget(m_nominalCells[size_t(column)], 1, column + 1);
        grid->addWidget(m_realCells[size_t(column)], 2, column + 1);
    }
    grid->setColumnStretch(columnCount + 1, 1);
    offerLayout->addLayout(grid);

    m_source->setTextFormat(Qt::RichText);
    m_source->setObjectName(u"realTermsSource"_s);
    offerLayout->addWidget(m_source);
    m_bandSwitch->setText(tr("Sho&w the market band in real terms (2023 US-average prices)"));
    m_bandSwitch->setToolTip(
        tr("Divide the band, the offer and the ask by the place's price parity, so bands of "
           "different places compare by what the pay buys"));
    offerLayout->addWidget(m_bandSwitch);

    auto* compareBox = new QGroupBox(tr("Compare in another place"));
    auto* compareLayout = new QFormLayout(compareBox);
    m_placeEdit->setObjectName(u"comparisonPlaceEdit"_s);
    m_placeEdit->setPlaceholderText(tr("City, metro, county, state or area code"));
    m_placeEdit->setToolTip(tr("The place to compare with, e.g. Austin, 12420, Texas or US"));
    m_placeEdit->setClearButtonEnabled(true);
    auto* suggestions = SearchSuggestionModel::forLocations(m_search, m_placeEdit);
    auto* completer = new QCompleter(suggestions, m_placeEdit);
    // The search ranks and tolerates typos itself, so the completer shows its results unfiltered.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(SearchSuggestionModel::SuggestionLimit);
    m_placeEdit->setCompleter(completer);
    connect(m_placeEdit, &QLineEdit::textEdited, completer, [suggestions, completer](const QString& text) {
        suggestions->setQuery(text);
        if (suggestions->rowCount() > 0)
            completer->complete();
    });
    auto* placeLabel = new QLabel(tr("&Place:"));
    placeLabel->setBuddy(m_placeEdit);
    compareLayout->addRow(placeLabel, m_placeEdit);
    for (QLabel* label : {m_comparison, m_comparisonNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        compareLayout->addRow(label);
    }
    m_comparison->setObjectName(u"comparisonResult"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(offerBox);
    layout->addWidget(compareBox);
    layout->addStretch(1);
    setTabOrder(m_bandSwitch, m_placeEdit);
}

void RealTermsView::setOffer(const Offer& offer)
{
    m_offer = offer;
    m_hasOffer = true;
    showOffer();
}

void RealTermsView::setComparisonPlace(const QString& text)
{
    m_placeEdit->setText(text);
}

void RealTermsView::focusComparisonPlace()
{
    m_placeEdit->setFocus(Qt::ShortcutFocusReason);
    m_placeEdit->selectAll();
}

bool RealTermsView::bandInRealTerms() const
{
    return m_bandSwitch->isChecked();
}

void RealTermsView::setBandInRealTerms(bool on)
{
    m_bandSwitch->setChecked(on);
}

QString RealTermsView::placeLabel(const PlaceParity& place) const
{
    return tr("%1 (%2, price parity %3)")
        .arg(place.name, place.code, PlaceParity::parityText(place.parity.parityThousandths, locale()));
}

void RealTermsView::showOffer()
{
    m_offerPlace.reset();
    m_realTerms.reset();
    m_offerPlaceError.clear();
    if (m_hasOffer) {
        // Amounts change on every keystroke, the place rarely: search for it only when it (or the currency,
        // which decides whether a parity applies at all) changed.
        const QStringList placeKey{m_offer.location, m_offer.locationCode, m_offer.currency};
        if (placeKey != m_offerLookupKey) {
            m_offerLookup = m_table.forOffer(m_offer, m_search);
            m_offerLookupKey = placeKey;
        }
        m_offerPlace = m_offerLookup.place;
        m_offerPlaceError = m_offerLookup.error;
        if (m_offerPlace)
            m_realTerms = RealTermsCalculator::forOffer(CompensationCalculator(m_offer), *m_offerPlace);
    }
    const QLocale locale = this->locale();
    if (m_realTerms) {
        m_summary->setText(tr("The 4-year total of %1 in %2 buys what %3 buys at 2023 US-average prices.")
                               .arg(m_realTerms->totalFourYears.toString(locale), placeLabel(*m_offerPlace),
                                    m_realTerms->totalFourYearsReal.toString(locale)));
        const CompensationCalculator calculator(m_offer);
        for (int column = 0; column < columnCount; ++column) {
            const bool total = column == CompensationCalculator::SummaryYears;
            m_nominalCells[size_t(column)]->setText(
                (total ? m_realTerms->totalFourYears : calculator.year(column + 1).total()).toString(locale));
            m_realCells[size_t(column)]->setText(
                (total ? m_realTerms->totalFourYearsReal : m_realTerms->yearTotalsReal.at(column))
                    .toString(locale));
        }
        m_source->setText(
            tr("Source: %1. Amounts divided by the parity / 100 and rounded to whole dollars; an "
               "estimate of buying power, not of taxes or housing alone. <a href=\"#sources\">"
               "details</a>")
                .arg(m_offerPlace->sourceLine(locale).toHtmlEscaped()));
    } else {
        m_summary->setText(m_hasOffer ? tr("No price parity for this offer: %1.").arg(m_offerPlaceError)
                                      : tr("No offer yet."));
        for (int column = 0; column < columnCount; ++column) {
            m_nominalCells[size_t(column)]->setText(u"—"_s);
            m_realCells[size_t(column)]->setText(u"—"_s);
        }
        m_source->setText(tr("Source: %1, %2. <a href=\"#sources\">details</a>")
                              .arg(m_table.credit().shortName.toHtmlEscaped())
                              .arg(m_table.year()));
    }
    m_bandSwitch->setEnabled(m_realTerms.has_value());
    updateComparison();
}

void RealTermsView::updateComparison()
{
    const QString text = m_placeEdit->text().trimmed();
    m_comparison->clear();
    m_comparisonNote->clear();
    if (text.isEmpty()) {
        m_comparison->setText(tr("Type a place to see what it takes there to match this offer."));
        return;
    }
    if (!m_realTerms) {
        m_comparison->setText(tr("This offer's place has no price parity, so it cannot be compared."));
        return;
    }
    if (text != m_comparisonLookupKey) {
        m_comparisonLookup = m_table.find(text, m_search);
        m_comparisonLookupKey = text;
    }
    const PriceParityTable::Lookup& target = m_comparisonLookup;
    if (!target.ok()) {
        QString message = tr("Place: %1").arg(target.error);
        if (!target.suggestions.isEmpty())
            message += tr("; did you mean: %1").arg(target.suggestions.join(u"; "_s));
        m_comparison->setText(message + u'.');
        return;
    }
    const PlaceParity& from = *m_offerPlace;
    const PlaceParity& to = *target.place;
    const auto equivalent = [&](const Money& amount) {
        return RealTermsCalculator::equivalentIn(amount, from.parity.parityThousandths,
                                                 to.parity.parityThousandths)
            .value_or(amount);
    };
    const QLocale locale = this->locale();
    const CompensationCalculator calculator(m_offer);
    m_comparison->setText(
        tr("To match this offer in %1 you need a base salary of %2, %3 in year 1 and %4 over 4 years.")
            .arg(placeLabel(to), equivalent(m_offer.base).toString(locale),
                 equivalent(calculator.year(1).total()).toString(locale),
                 equivalent(m_realTerms->totalFourYears).toString(locale)));
    QStringList notes{tr("Amounts × %1 / %2 (%3, US = 100), rounded to whole dollars.")
                          .arg(PlaceParity::parityText(to.parity.parityThousandths, locale),
                               PlaceParity::parityText(from.parity.parityThousandths, locale),
                               from.sourceShortName())};
    for (const PlaceParity* place : {&from, &to}) {
        if (const QString note = place->fallbackNote(); !note.isEmpty())
            notes.append(tr("%1 %2.").arg(place->name, note));
    }
    m_comparisonNote->setText(notes.join(u' '));
}

void RealTermsView::showBand(MarketBandChart& chart, const Band& band, const Money& offer,
                             const std::optional<Money>& ask) const
{
    if (!m_realTerms || !bandInRealTerms()) {
        showPublishedBand(chart, band, offer, ask);
        return;
    }
    const int parity = m_offerPlace->parity.parityThousandths;
    const auto real = [parity](const Money& amount) {
        return RealTermsCalculator::realValue(amount, parity).value_or(amount);
    };
    chart.setAmountsLabel(tr("Annual base pay in 2023 US-average prices"));
    chart.showBand(RealTermsCalculator::realBand(band, parity), real(offer),
                   ask ? std::optional(real(*ask)) : std::nullopt);
    chart.setCaption(tr("In 2023 US-average prices: divided by %1 · %2")
                         .arg(m_offerPlace->sourceLine(locale()), chart.captionText()));
}

void RealTermsView::showPublishedBand(MarketBandChart& chart, const Band& band, const Money& offer,
                                      const std::optional<Money>& ask)
{
    chart.setAmountsLabel(QString());
    chart.showBand(band, offer, ask);
}

QString RealTermsView::yearChartNote() const
{
    if (!m_realTerms)
        return QString();
    return tr("In 2023 US-average prices: 4-year total %1 (%2)")
        .arg(m_realTerms->totalFourYearsReal.toString(locale()), m_offerPlace->sourceLine(locale()));
}

QString RealTermsView::summaryText() const
{
    return m_summary->text();
}

QString RealTermsView::sourceText() const
{
    return m_source->text();
}

QString RealTermsView::comparisonText() const
{
    return m_comparison->text();
}

QString RealTermsView::comparisonNote() const
{
    return m_comparisonNote->text();
}

} // namespace Anchorline
