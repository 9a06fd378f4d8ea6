#include "OfferJson.h"

#include "InputFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Anchorline {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::OfferJson", text);
}

constexpr double BasisPointsPerPercent = 100.0;
// Percentages stored as basis points keep two decimals; anything finer is refused rather than rounded away.
constexpr double FractionTolerance = 1e-6;
constexpr double MaxPlainNumber = 1e6;

// Amount strings in offer files follow English conventions ("187,500.50"), whatever the user's locale;
// the locale also formats the limit in Money's messages ("$1,000,000,000").
const QLocale& numberLocale()
{
    static const QLocale locale(QLocale::English,
                                QLocale::UnitedStates); // built once: QLocale lookups are slow
    return locale;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// Reads the members of one JSON object, reporting every problem under the member's full path.
// Absent and null members give the fallback.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::ObjectReader)

public:
    ObjectReader(const QJsonObject& object, const QString& path, const QStringList& knownKeys,
                 QList<FieldError>& errors)
        : m_object(object)
        , m_path(path)
        , m_errors(errors)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys.contains(it.key()))
                fail(it.key(), tr("unknown key; expected one of %1").arg(knownKeys.join(u", "_s)));
        }
    }

    QString field(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void fail(const QString& key, const QString& message) { m_errors.append({field(key), message}); }
    bool has(const QString& key) const
    {
        return !m_object.value(key).isNull() && !m_object.value(key).isUndefined();
    }

    QString string(const QString& key, const QString& fallback = QString())
    {
        if (!has(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            wrongType(key, tr("a string"));
            return fallback;
        }
        return value.toString();
    }

    int integer(const QString& key, int fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble()) {
            wrongType(key, tr("a whole number"));
            return fallback;
        }
        if (!isSmall(key, number))
            return fallback;
        if (number != std::floor(number)) {
            fail(key, tr("expected a whole number, got %1").arg(number));
            return fallback;
        }
        return int(number);
    }

    // A percentage written as a JSON number (10, 3.5) in basis points.
    int basisPoints(const QString& key, int fallback)
    {
        if (!has(key))
            return fallback;
        return basisPoints(m_object.value(key), key).value_or(fallback);
    }

    std::optional<int> basisPoints(const QJsonValue& value, const QString& key)
    {
        const double scaled = value.toDouble() * BasisPointsPerPercent;
        if (!value.isDouble()) {
            wrongType(key, tr("a percentage such as 10 or 3.5"), value);
            return std::nullopt;
        }
        if (!isSmall(key, value.toDouble()))
            return std::nullopt;
        if (std::abs(scaled - std::round(scaled)) > FractionTolerance) {
            fail(key, tr("a percentage has at most two decimal places"));
            return std::nullopt;
        }
        return int(std::llround(scaled));
    }

    // An amount in major units: a JSON number, or a string Money::parse accepts.
    std::optional<Money> optionalMoney(const QString& key, const QString& currency)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        QString text;
        if (value.isDouble())
            text = QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest); // 1e-7 → 0.0000001
        else if (value.isString())
            text = value.toString();
        else {
            wrongType(key, tr("an amount such as 187500, 1234.56 or \"$187,500\""));
            return std::nullopt;
        }
        auto parsed = Money::parse(text, currency, Money::SignRule::NonNegative, numberLocale());
        if (!parsed.ok())
            fail(key, parsed.error);
        return parsed.money;
    }

    Money money(const QString& key, const QString& currency)
    {
        return optionalMoney(key, currency).value_or(Money::fromMinor(0, currency));
    }

    QJsonValue value(const QString& key) const { return m_object.value(key); }

    // A reader for the object member `key`, reporting under its path ("equity.grant").
    ObjectReader nested(const QString& key, const QStringList& knownKeys)
    {
        return ObjectReader(object(key), field(key), knownKeys, m_errors);
    }

    QJsonObject object(const QString& key)
    {
        if (!has(key))
            return {};
        if (!m_object.value(key).isObject()) {
            wrongType(key, tr("an object { ... }"));
            return {};
        }
        return m_object.value(key).toObject();
    }

    // Counts, months and percentages are far below a million; larger numbers are typos.
    bool isSmall(const QString& key, double number)
    {
        if (std::abs(number) < MaxPlainNumber)
            return true;
        fail(key, tr("the number is too large"));
        return false;
    }

    void wrongType(const QString& key, const QString& expected)
    {
        wrongType(key, expected, m_object.value(key));
    }

    void wrongType(const QString& key, const QString& expected, const QJsonValue& value)
    {
        fail(key, tr("expected %1, got %2").arg(expected, typeName(value)));
    }

private:
    QJsonObject m_object;
    QString m_path;
    QList<FieldError>& m_errors;
};

std::optional<VestingCadence> readCadence(ObjectReader& reader, const QString& key)
{
    const QString text = reader.string(key);
    if (text.isEmpty())
        return std::nullopt;
    const auto cadence = VestingCadences::fromString(text);
    if (!cadence)
        reader.fail(key, QCoreApplication::translate(
                             "Anchorline::OfferJson",
                             "unknown cadence \"%1\"; expected annual, semiannual, quarterly or monthly")
                             .arg(text));
    return cadence;
}

// A preset name, or an array of yearly percentages. Custom schedules default to quarterly with a 1-year
// cliff.
VestingSchedule readSchedule(ObjectReader& reader)
{
    constexpr int CustomDefaultCliffMonths = 12;
    const auto cadence = readCadence(reader, u"cadence"_s);
    VestingSchedule schedule;
    int defaultCliff = schedule.cliffMonths();
    const QJsonValue value = reader.value(u"schedule"_s);
    if (value.isString()) {
        if (const auto preset = VestingSchedule::preset(value.toString())) {
            schedule = *preset;
            defaultCliff = preset->cliffMonths();
        } else {
            reader.fail(u"schedule"_s,
                        QCoreApplication::translate(
                            "Anchorline::OfferJson",
                            "unknown schedule \"%1\"; expected one of %2, or an array of yearly "
                            "percentages such as [25, 25, 25, 25]")
                            .arg(value.toString(), VestingSchedule::presetNames().join(u", "_s)));
        }
    } else if (value.isArray()) {
        QList<int> shares;
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            const auto share = reader.basisPoints(array.at(index), u"schedule[%1]"_s.arg(index));
            if (!share)
                return schedule;
            shares.append(*share);
        }
        const auto built = VestingSchedule::custom(shares, cadence.value_or(VestingCadence::Quarterly), 0);
        if (!built.ok()) {
            reader.fail(u"schedule"_s, built.error);
            return schedule;
        }
        schedule = *built.schedule;
        defaultCliff = std::min(CustomDefaultCliffMonths, schedule.lengthMonths());
    } else if (reader.has(u"schedule"_s)) {
        reader.wrongType(u"schedule"_s,
                         QCoreApplication::translate("Anchorline::OfferJson",
                                                     "a preset name or an array of yearly percentages"));
    }
    if (cadence)
        schedule = schedule.withCadence(*cadence);
    const int cliff = reader.integer(u"cliff_months"_s, defaultCliff);
    if (const auto withCliff = schedule.withCliff(cliff))
        schedule = *withCliff;
    else
        reader.fail(u"cliff_months"_s,
                    QCoreApplication::translate("Anchorline::OfferJson", "expected 0 to %1 months")
                        .arg(schedule.lengthMonths()));
    return schedule;
}

SignOnBonus readSignOn(ObjectReader& parent, const QString& currency)
{
    ObjectReader reader =
        parent.nested(u"signon"_s, {u"amount"_s, u"year2_amount"_s, u"clawback_months"_s, u"clawback"_s});
    SignOnBonus signOn;
    signOn.amount = reader.money(u"amount"_s, currency);
    signOn.year2Amount = reader.money(u"year2_amount"_s, currency);
    signOn.clawbackMonths = reader.integer(u"clawback_months"_s, 0);
    const QString rule = reader.string(u"clawback"_s, ClawbackRules::id(signOn.clawback));
    if (const auto parsed = ClawbackRules::fromString(rule))
        signOn.clawback = *parsed;
    else
        reader.fail(u"clawback"_s,
                    QCoreApplication::translate("Anchorline::OfferJson",
                                                "unknown rule \"%1\"; expected \"full\" or \"prorata\"")
                        .arg(rule));
    return signOn;
}

EquityGrant readEquity(ObjectReader& parent, const QString& currency)
{
    ObjectReader reader =
        parent.nested(u"equity"_s, {u"grant"_s, u"schedule"_s, u"cadence"_s, u"cliff_months"_s});
    EquityGrant equity;
    equity.grant = reader.money(u"grant"_s, currency);
    equity.schedule = readSchedule(reader);
    return equity;
}

RefresherGrants readRefresh(ObjectReader& parent, const QString& currency)
{
    ObjectReader reader =
        parent.nested(u"refresh"_s, {u"grant"_s, u"first_year"_s, u"vest_years"_s, u"cadence"_s});
    RefresherGrants refresh;
    refresh.yearlyGrant = reader.money(u"grant"_s, currency);
    refresh.firstYear = reader.integer(u"first_year"_s, refresh.firstYear);
    refresh.vestYears = reader.integer(u"vest_years"_s, refresh.vestYears);
    refresh.cadence = readCadence(reader, u"cadence"_s).value_or(refresh.cadence);
    return refresh;
}

QString lineAndColumn(qsizetype line, qsizetype column)
{
    return QCoreApplication::translate("Anchorline::OfferJson", "line %1, column %2").arg(line).arg(column);
}

QString lineAndColumn(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return lineAndColumn(before.count('\n') + 1, QString::fromUtf8(before.mid(lineStart)).size() + 1);
}

double percentToJson(int basisPoints)
{
    return basisPoints / BasisPointsPerPercent;
}

} // namespace

OfferJson::ParseResult OfferJson::parse(const QByteArray& json, Validation validation)
{
    if (json.trimmed().isEmpty())
        return {std::nullopt,
                {{QString(), tr("the file is empty; expected a JSON object { \"schema\": 1, ... }")}}};
    if (const auto problem = InputFile::encodingProblem(json)) {
        return {std::nullopt, {{lineAndColumn(problem->line, problem->column), problem->message}}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt,
                {{lineAndColumn(json, parseError.offset),
                  tr("malformed JSON: %1").arg(parseError.errorString())}}};
    }
    if (!document.isObject())
        return {std::nullopt,
                {{QString(), tr("expected a JSON object { \"schema\": 1, ... } at the top level")}}};
    return fromJsonObject(document.object(), QString(), validation);
}

OfferJson::ParseResult OfferJson::fromJsonObject(const QJsonObject& object, const QString& path,
                                                 Validation validation)
{
    QList<FieldError> errors;
    ObjectReader reader(object, path,
                        {u"schema"_s, u"company"_s, u"role"_s, u"role_soc"_s, u"level"_s, u"location"_s,
                         u"location_code"_s, u"currency"_s, u"start_date"_s, u"base"_s, u"raise_percent"_s,
                         u"bonus_percent"_s, u"bonus_fixed"_s, u"signon"_s, u"equity"_s, u"refresh"_s},
                        errors);
    if (!reader.has(u"schema"_s))
        reader.fail(u"schema"_s, tr("missing; expected \"schema\": %1").arg(SchemaVersion));
    else if (reader.integer(u"schema"_s, SchemaVersion) != SchemaVersion)
        reader.fail(
            u"schema"_s,
            tr("expected %1; this version of Anchorline reads offer files of schema %1").arg(SchemaVersion));

    Offer offer;
    offer.company = reader.string(u"company"_s);
    offer.role = reader.string(u"role"_s);
    offer.roleSoc = reader.string(u"role_soc"_s);
    const QString level = reader.string(u"level"_s);
    if (const auto parsed = CareerLevels::fromString(level))
        offer.level = *parsed;
    else
        reader.fail(u"level"_s, tr("unknown level \"%1\"; expected one of entry, junior, mid, senior, staff, "
                                   "principal")
                                    .arg(level));
    offer.location = reader.string(u"location"_s);
    offer.locationCode = reader.string(u"location_code"_s);
    offer.currency = reader.string(u"currency"_s, offer.currency).toUpper();
    if (!Money::isKnownCurrency(offer.currency)) {
        reader.fail(
            u"currency"_s,
            tr("unknown currency \"%1\"; expected an ISO code such as USD or EUR").arg(offer.currency));
        return {std::nullopt, errors};
    }
    const QString startDate = reader.string(u"start_date"_s);
    if (!startDate.isEmpty()) {
        offer.startDate = QDate::fromString(startDate, Qt::ISODate);
        if (!offer.startDate.isValid())
            reader.fail(u"start_date"_s, tr("expected a date as YYYY-MM-DD, got \"%1\"").arg(startDate));
    }
    if (!reader.has(u"base"_s))
        reader.fail(u"base"_s, tr("missing; expected the yearly base salary, e.g. 187500"));
    offer.base = reader.money(u"base"_s, offer.currency);
    offer.raiseBasisPoints = reader.basisPoints(u"raise_percent"_s, 0);
    offer.bonusBasisPoints = reader.basisPoints(u"bonus_percent"_s, 0);
    offer.fixedBonus = reader.optionalMoney(u"bonus_fixed"_s, offer.currency);
    offer.signOn = readSignOn(reader, offer.currency);
    offer.equity = readEquity(reader, offer.currency);
    offer.refresh = readRefresh(reader, offer.currency);

    if (errors.isEmpty() && validation == Validation::Validate) {
        // Range checks live in Offer::validate(); its field names are this format's, so only the path is
        // added.
        for (const auto& error : offer.validate())
            errors.append({reader.field(error.field), error.message});
        // A hand-written offer's texts are one line each: a line break or NUL would end up in the email's
        // subject. (Sessions keep what the app wrote, so that it always reads its own files back.)
        for (const auto& [key, text] :
             {std::pair{u"company"_s, &offer.company}, std::pair{u"role"_s, &offer.role},
              std::pair{u"role_soc"_s, &offer.roleSoc}, std::pair{u"location"_s, &offer.location},
              std::pair{u"location_code"_s, &offer.locationCode}}) {
            const auto control = std::find_if(text->begin(), text->end(),
                                              [](QChar c) { return c.category() == QChar::Other_Control; });
            if (control != text->end())
                reader.fail(
                    key, tr("contains the control character U+%1; expected one line of text")
                             .arg(QString::number(control->unicode(), 16).toUpper().rightJustified(4, u'0')));
        }
    }
    if (!errors.isEmpty())
        return {std::nullopt, errors};
    return {offer, {}};
}

QJsonObject OfferJson::toJsonObject(const Offer& offer)
{
    QJsonObject object{
        {u"schema"_s, SchemaVersion},
        {u"company"_s, offer.company},
        {u"role"_s, offer.role},
        {u"level"_s, CareerLevels::id(offer.level)},
        {u"location"_s, offer.location},
        {u"currency"_s, offer.currency},
        {u"base"_s, moneyToJsonNumber(offer.base)},
        {u"raise_percent"_s, percentToJson(offer.raiseBasisPoints)},
        {u"bonus_percent"_s, percentToJson(offer.bonusBasisPoints)},
    };
    if (!offer.roleSoc.isEmpty())
        object.insert(u"role_soc"_s, offer.roleSoc);
    if (!offer.locationCode.isEmpty())
        object.insert(u"location_code"_s, offer.locationCode);
    if (offer.startDate.isValid())
        object.insert(u"start_date"_s, offer.startDate.toString(Qt::ISODate));
    if (offer.fixedBonus)
        object.insert(u"bonus_fixed"_s, moneyToJsonNumber(*offer.fixedBonus));

    object.insert(u"signon"_s, QJsonObject{
                                   {u"amount"_s, moneyToJsonNumber(offer.signOn.amount)},
                                   {u"year2_amount"_s, moneyToJsonNumber(offer.signOn.year2Amount)},
                                   {u"clawback_months"_s, offer.signOn.clawbackMonths},
                                   {u"clawback"_s, ClawbackRules::id(offer.signOn.clawback)},
                               });

    const VestingSchedule& schedule = offer.equity.schedule;
    QJsonObject equity{{u"grant"_s, moneyToJsonNumber(offer.equity.grant)},
                       {u"cliff_months"_s, schedule.cliffMonths()}};
    if (schedule.presetName().isEmpty()) {
        QJsonArray shares;
        for (const int share : schedule.yearlyShares())
            shares.append(percentToJson(share));
        equity.insert(u"schedule"_s, shares);
    } else {
        equity.insert(u"schedule"_s, schedule.presetName());
    }
    // A mixed-cadence preset (5/15/40/40) is written without a cadence, which restores the preset's own.
    if (const auto cadence = schedule.uniformCadence())
        equity.insert(u"cadence"_s, VestingCadences::id(*cadence));
    object.insert(u"equity"_s, equity);

    object.insert(u"refresh"_s, QJsonObject{
                                    {u"grant"_s, moneyToJsonNumber(offer.refresh.yearlyGrant)},
                                    {u"first_year"_s, offer.refresh.firstYear},
                                    {u"vest_years"_s, offer.refresh.vestYears},
                                    {u"cadence"_s, VestingCadences::id(offer.refresh.cadence)},
                                });
    return object;
}

QByteArray OfferJson::toJson(const Offer& offer)
{
    return QJsonDocument(toJsonObject(offer)).toJson(QJsonDocument::Indented);
}

double OfferJson::moneyToJsonNumber(const Money& money)
{
    // Through the exact decimal text, so 1234.56 becomes the double nearest to 1234.56.
    return money.toPlainString().toDouble();
}

} // namespace Anchorline
