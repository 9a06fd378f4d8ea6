#pragma once

#include "MarketStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Anchorline {

class LocationSearch;
struct Offer;

// The BEA price parity that applies to a place, and why that one.
struct PlaceParity
{
    enum class Basis
    {
        Metro,        // BEA publishes the metro under the place's code
        RenamedMetro, // BEA (2020 delineation) publishes it under its older code, e.g. 17410 Cleveland as
                      // 17460
        State,        // the place is a state, or an area without its own parity (see fallback)
        National      // "US": 100.000
    };
    // Why an OFLC area uses its state's parity.
    enum class Fallback
    {
        None,
        MetroNotInBea, // a metro that is new or split in the 2023 delineation (Bozeman, Kenosha)
        NonMetroArea   // BEA publishes no non-metro figure per state here
    };

    QString code;               // what the place was found as: OFLC area code "41940", state "CA", "US"
    QString name;               // "San Jose-Sunnyvale-Santa Clara, CA", "California", "United States"
    RegionalPriceParity parity; // the BEA figure used: its code, name, year and value
    Basis basis = Basis::Metro;
    Fallback fallback = Fallback::None;

    static QString basisId(Basis basis); // "metro", "renamed_metro", "state", "national"
    // "112.867"
    static QString parityText(int parityThousandths, const QLocale& locale = QLocale::c());
    // "BEA RPP 2023"
    QString sourceShortName() const;
    // Empty unless the state's parity stands in for an area: "uses California's parity: area not in BEA's
    // 2020 metro delineation".
    QString fallbackNote() const;
    // "BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; 3 years old" (plus the fallback note).
    QString sourceLine(const QLocale& locale, const QDate& today = QDate::currentDate()) const;

    // Last, as it ends in "private:" (the members above stay public).
    Q_DECLARE_TR_FUNCTIONS(Anchorline::PlaceParity)
};

// Look-up of BEA Regional Price Parities (2023, US = 100) for the places Anchorline knows: OFLC wage areas
// (with the renamed-metro crosswalk and the state fallback of MarketStore::priceParityForArea), BEA metro
// codes, states by abbreviation or name, and "US". Areas BEA does not cover (Puerto Rico, Guam, Virgin
// Islands) and unknown codes are errors that say so.
class PriceParityTable
{
public:
    struct Lookup
    {
        std::optional<PlaceParity> place;
        QString error;           // empty on success
        QStringList suggestions; // "did you mean" labels when a name did not resolve
        bool ok() const { return place.has_value(); }
    };

    explicit PriceParityTable(const MarketStore& store);

    // An OFLC area code ("41940", "1000005"), a BEA metro code ("17460", "00999"), a state ("CA",
    // "California") or "US".
    Lookup forCode(QStringView code) const;
    // forCode(), else a place name that names one area without guessing (LocationSearch::exactMatch: "San
    // Jose", "Santa Clara County, CA", "NYC"); ambiguous or unknown names are errors with suggestions.
    Lookup find(QStringView text, const LocationSearch& search) const;
    // The offer's place: its location code, else its location text (forCode(), else the best search match,
    // as the market band takes it). An offer in another currency than US dollars is an error that names it.
    Lookup forOffer(const Offer& offer, const LocationSearch& search) const;

    // The parities' year (2023) and credit.
    int year() const;
    DataSourceCredit credit() const;

private:
    Lookup forArea(const MarketArea& area) const;
    static Lookup failure(QString error, QStringList suggestions = {});

    const MarketStore& m_store;
};

} // namespace Anchorline
