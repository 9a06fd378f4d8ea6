#include "SessionJson.h"

#include "InputFile.h"
#include "OfferJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
QString describeType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return SessionJson::tr("null");
    case QJsonValue::Bool:
        return SessionJson::tr("true/false");
    case QJsonValue::Double:
        return SessionJson::tr("a number");
    case QJsonValue::String:
        return SessionJson::tr("text");
    case QJsonValue::Array:
        return SessionJson::tr("an array");
    case QJsonValue::Object:
        return SessionJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return SessionJson::tr("nothing");
}

// Reads one JSON object of the session format, collecting errors named by their field path
// ("history[2].date"). Absent and null values are "not given"; a value of the wrong type is an error and
// reads as not given.
class ObjectReader
{
public:
    ObjectReader(QJsonObject object, QString path, QList<FieldError>& errors)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_errors(errors)
    {}

    QString fieldPath(QStringView key) const
    {
        return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
    }

    void addError(QStringView key, const QString& message) { m_errors.append({fieldPath(key), message}); }

    // Unknown keys are errors, so that a misspelt key is not silently dropped.
    void rejectUnknownKeys(std::initializer_list<QStringView> known)
    {
        rejectUnknownKeys(std::vector<QStringView>(known));
    }
    void rejectUnknownKeys(const std::vector<QStringView>& known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                addError(it.key(), SessionJson::tr("unknown key"));
        }
    }

    QJsonValue given(QStringView key) const
    {
        const QJsonValue value = m_object.value(key);
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    QString text(QStringView key)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined() || value.isString())
            return value.toString();
        wrongType(key, value, SessionJson::tr("text"));
        return {};
    }

    bool flag(QStringView key)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined() || value.isBool())
            return value.toBool();
        wrongType(key, value, SessionJson::tr("true or false"));
        return false;
    }

    std::optional<int> integer(QStringView key, int minimum, int maximum)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number)) {
            wrongType(key, value, SessionJson::tr("a whole number"));
            return std::nullopt;
        }
        if (number < minimum || number > maximum) {
            addError(key, SessionJson::tr("%1 is outside %2 … %3").arg(number).arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return int(number);
    }

    // A percentage as a JSON number with at most two decimals (-30, 12.5), in basis points.
    std::optional<int> basisPoints(QStringView key)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble()) {
            wrongType(key, value, SessionJson::tr("a percentage such as -30 or 12.5"));
            return std::nullopt;
        }
        const double hundredths = value.toDouble() * 100;
        if (std::abs(hundredths) > std::numeric_limits<int>::max() ||
            std::abs(hundredths - std::round(hundredths)) > 1e-6) {
            addError(key, SessionJson::tr("%1 has more than two decimals").arg(value.toDouble()));
            return std::nullopt;
        }
        return int(std::lround(hundredths));
    }

    QDate date(QStringView key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            addError(key, SessionJson::tr("\"%1\" is not a date; expected YYYY-MM-DD").arg(value));
        return date;
    }

    QDateTime dateTime(QStringView key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODate);
        if (!dateTime.isValid())
            addError(
                key,
                SessionJson::tr("\"%1\" is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ").arg(value));
        return dateTime;
    }

    // Amounts are JSON numbers in major units or text Money::parse accepts, as in the offer format.
    std::optional<Money> money(QStringView key, const QString& currency)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined())
            return std::nullopt;
        QString amountText;
        if (value.isDouble())
            amountText = QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
        else if (value.isString())
            amountText = value.toString();
        else {
            wrongType(key, value, SessionJson::tr("an amount"));
            return std::nullopt;
        }
        const auto parsed = Money::parse(amountText, currency);
        if (!parsed.ok())
            addError(key, parsed.error);
        return parsed.money;
    }

    QString currency(QStringView key)
    {
        const QString code = text(key);
        if (code.isEmpty())
            return Money::defaultCurrency();
        if (!Money::isKnownCurrency(code)) {
            addError(key, SessionJson::tr("\"%1\" is not a known currency code").arg(code));
            return Money::defaultCurrency();
        }
        return code;
    }

    std::optional<ObjectReader> object(QStringView key)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            wrongType(key, value, SessionJson::tr("an object"));
            return std::nullopt;
        }
        return ObjectReader(value.toObject(), fieldPath(key), m_errors);
    }

    // Each element must be an object; `read` gets a reader named "key[N]" (1-based). More than `maxCount`
    // elements are refused unread: a 16 MB file of 300,000 tiny offers took 5 s and 500 MB to read.
    template <typename Read> void forEachObject(QStringView key, qsizetype maxCount, Read read)
    {
        const QJsonValue value = given(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            wrongType(key, value, SessionJson::tr("an array"));
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > maxCount) {
            addError(
                key,
                SessionJson::tr("%1 entries; a session holds at most %2").arg(array.size()).arg(maxCount));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = fieldPath(key) + u"[%1]"_s.arg(i + 1);
            if (!array.at(i).isObject()) {
                m_errors.append(
                    {elementPath,
                     SessionJson::tr("expected an object, found %1").arg(describeType(array.at(i)))});
                continue;
            }
            ObjectReader element(array.at(i).toObject(), elementPath, m_errors);
            read(element);
        }
    }

    QList<FieldError>& errors() { return m_errors; }

private:
    void wrongType(QStringView key, const QJsonValue& value, const QString& expected)
    {
        addError(key, SessionJson::tr("expected %1, found %2").arg(expected, describeType(value)));
    }

    QJsonObject m_object;
    QString m_path;
    QList<FieldError>& m_errors;
};

constexpr QStringView appName = u"Anchorline";

Session::PayFigures readPayFigures(ObjectReader& reader, bool allowPrivateMarker)
{
    if (allowPrivateMarker) {
        reader.rejectUnknownKeys({u"private", u"currency", u"base", u"bonus", u"equity_per_year", u"total"});
        reader.flag(u"private");
    } else {
        reader.rejectUnknownKeys({u"currency", u"base", u"bonus", u"equity_per_year", u"total"});
    }
    Session::PayFigures figures;
    figures.currency = reader.currency(u"currency");
    figures.base = reader.money(u"base", figures.currency);
    figures.bonus = reader.money(u"bonus", figures.currency);
    figures.equityPerYear = reader.money(u"equity_per_year", figures.currency);
    figures.total = reader.money(u"total", figures.currency);
    return figures;
}

void readNegotiation(ObjectReader& reader, Session::NegotiationSettings& settings)
{
    reader.rejectUnknownKeys({u"strategy", u"tone", u"language", u"target_percentile", u"company_stage",
                              u"base_capped", u"currency", u"forfeited_compensation", u"decision_deadline",
                              u"recruiter_name"});
    settings.strategyId = reader.text(u"strategy");
    if (const QString tone = reader.text(u"tone"); !tone.isEmpty()) {
        if (const auto known = EmailTones::fromId(tone))
            settings.tone = *known;
        else
            reader.addError(
                u"tone", SessionJson::tr("\"%1\" is not a tone; expected warm, direct or formal").arg(tone));
    }
    if (const QString language = reader.text(u"language"); !language.isEmpty())
        settings.language = language;
    settings.targetPercentile =
        reader.integer(u"target_percentile", 10, 90).value_or(settings.targetPercentile);
    if (const QString stage = reader.text(u"company_stage"); !stage.isEmpty()) {
        if (const auto known = CompanyStages::fromId(stage))
            settings.companyStage = *known;
        else
            reader.addError(u"company_stage",
                            SessionJson::tr("\"%1\" is not a company stage; expected startup, growth, public "
                                            "or government-nonprofit")
                                .arg(stage));
    }
    settings.baseCapped = reader.flag(u"base_capped");
    const QString currency = reader.currency(u"currency");
    settings.forfeitedCompensation =
        reader.money(u"forfeited_compensation", currency).value_or(Money::fromMinor(0, currency));
    settings.decisionDeadline = reader.date(u"decision_deadline");
    settings.recruiterName = reader.text(u"recruiter_name");
}

// "scenarios": {"bear": {"growth_percent": -30}, …, "private_discount_percent": 50}, named as the CLI names
// them; what is left out keeps its default.
void readStockScenarios(ObjectReader& reader, StockScenarioSettings& settings)
{
    std::vector<QStringView> known{u"private_discount_percent"};
    for (const auto& scenario : std::as_const(settings.scenarios))
        known.push_back(scenario.id);
    reader.rejectUnknownKeys(known);
    for (auto& scenario : settings.scenarios) {
        auto growth = reader.object(scenario.id);
        if (!growth)
            continue;
        growth->rejectUnknownKeys({u"growth_percent"});
        const auto basisPoints = growth->basisPoints(u"growth_percent");
        if (!basisPoints)
            continue;
        if (const QString error = StockScenarioSettings::growthError(*basisPoints); !error.isEmpty())
            growth->addError(u"growth_percent", error);
        else
            scenario.growthBasisPoints = *basisPoints;
    }
    if (const auto discount = reader.basisPoints(u"private_discount_percent")) {
        if (const QString error = StockScenarioSettings::discountError(*discount); !error.isEmpty())
            reader.addError(u"private_discount_percent", error);
        else
            settings.privateDiscountBasisPoints = *discount;
    }
}

// A percentage for JSON: -30, 12.5.
QJsonObject stockScenariosToJson(const StockScenarioSettings& settings)
{
    QJsonObject object{
        {u"private_discount_percent"_s, SessionJson::percentToJson(settings.privateDiscountBasisPoints)}};
    for (const auto& scenario : settings.scenarios)
        object.insert(scenario.id, QJsonObject{{u"growth_percent"_s,
                                                SessionJson::percentToJson(scenario.growthBasisPoints)}});
    return object;
}

Session::HistoryEntry readHistoryEntry(ObjectReader& reader)
{
    reader.rejectUnknownKeys(
        {u"date", u"asked", u"asked_amount", u"answer", u"answer_amount", u"outcome", u"currency"});
    Session::HistoryEntry entry;
    entry.date = reader.date(u"date");
    entry.asked = reader.text(u"asked");
    entry.answer = reader.text(u"answer");
    entry.currency = reader.currency(u"currency");
    entry.askedAmount = reader.money(u"asked_amount", entry.currency);
    entry.answerAmount = reader.money(u"answer_amount", entry.currency);
    if (const QString outcome = reader.text(u"outcome"); !outcome.isEmpty()) {
        if (const auto known = Session::HistoryEntry::outcomeFromId(outcome))
            entry.outcome = *known;
        else
            reader.addError(
                u"outcome",
                SessionJson::tr("\"%1\" is not an outcome; expected pending, accepted, countered or "
                                "declined")
                    .arg(outcome));
    }
    return entry;
}

// Schema 0: a bare offer file becomes a session holding that one offer.
SessionJson::ParseResult upgradeOfferFile(const QJsonObject& object)
{
    SessionJson::ParseResult result;
    result.schema = 0;
    auto parsed = OfferJson::fromJsonObject(object);
    if (!parsed.ok()) {
        result.errors = parsed.errors;
        return result;
    }
    Session session;
    session.currentPay.currency = parsed.offer->currency;
    session.target.currency = parsed.offer->currency;
    session.negotiation.forfeitedCompensation = Money::fromMinor(0, parsed.offer->currency);
    session.offers.append({QString(), *parsed.offer});
    result.session = std::move(session);
    return result;
}

void checkOfferNumbers(const Session& session, QList<FieldError>& errors)
{
    // Only the structural checks: an offer that does not validate yet is kept as the user left it.
    for (const auto& error : session.validate()) {
        if (error.field == u"negotiated_offer" || error.field == u"competing_offer")
            errors.append(error);
    }
}

void putMoney(QJsonObject& object, const QString& key, const std::optional<Money>& money)
{
    if (money)
        object.insert(key, OfferJson::moneyToJsonNumber(*money));
}

QJsonObject payFiguresToJson(const Session::PayFigures& figures)
{
    QJsonObject object{{u"currency"_s, figures.currency}};
    putMoney(object, u"base"_s, figures.base);
    putMoney(object, u"bonus"_s, figures.bonus);
    putMoney(object, u"equity_per_year"_s, figures.equityPerYear);
    putMoney(object, u"total"_s, figures.total);
    return object;
}

} // namespace

SessionJson::ParseResult SessionJson::parse(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    // Text that is not UTF-8 is refused as the offer format refuses it (Qt's parser takes NUL bytes in
    // strings).
    if (!document.isObject() || InputFile::encodingProblem(json)) {
        // Malformed JSON (with its line and column) and a non-object are worded as the offer format words
        // them, so that evaluate reports the same for an offer file and a session file.
        ParseResult result;
        result.errors = OfferJson::parse(json).errors;
        return result;
    }
    return fromJsonObject(document.object());
}

SessionJson::ParseResult SessionJson::fromJsonObject(const QJsonObject& object)
{
    if (!object.contains(u"app") && !object.contains(u"offers") && !object.contains(u"client"))
        return upgradeOfferFile(object);

    ParseResult result;
    ObjectReader reader(object, QString(), result.errors);
    if (const QString app = reader.text(u"app"); app != appName) {
        reader.addError(u"app", app.isEmpty() ? tr("missing; expected \"Anchorline\"")
                                              : tr("\"%1\" is not an Anchorline session").arg(app));
        return result;
    }
    const auto schema = reader.integer(u"schema", 1, 999);
    if (!schema) {
        if (!object.contains(u"schema"))
            reader.addError(u"schema", tr("missing; expected a number such as 1"));
        return result;
    }
    result.schema = *schema;
    if (*schema > SchemaVersion) {
        reader.addError(u"schema",
                        tr("this session was saved by a newer Anchorline (session schema %1); this "
                           "version reads schema %2 and older. Update Anchorline to open it.")
                            .arg(*schema)
                            .arg(SchemaVersion));
        return result;
    }

    reader.rejectUnknownKeys({u"schema", u"app", u"app_version", u"saved_at", u"client", u"current_pay",
                              u"target", u"offers", u"negotiated_offer", u"competing_offer", u"negotiation",
                              u"email", u"history", u"scenarios"});
    reader.text(u"app_version");
    result.savedAt = reader.dateTime(u"saved_at");

    Session session;
    if (auto client = reader.object(u"client")) {
        client->rejectUnknownKeys({u"name", u"notes"});
        session.clientName = client->text(u"name");
        session.notes = client->text(u"notes");
    }
    if (auto currentPay = reader.object(u"current_pay"))
        session.currentPay = readPayFigures(*currentPay, true);
    if (auto target = reader.object(u"target"))
        session.target = readPayFigures(*target, false);
    reader.forEachObject(u"offers", SessionJson::MaxOffers, [&](ObjectReader& entry) {
        entry.rejectUnknownKeys({u"label", u"offer"});
        const QString label = entry.text(u"label");
        if (const QJsonValue offer = entry.given(u"offer"); !offer.isObject()) {
            entry.addError(u"offer",
                           tr("expected an object with the offer, found %1").arg(describeType(offer)));
            return;
        }
        // A session holds offers still being typed (a new one has base 0); evaluate, email and compare check
        // the offer they use with Offer::validate().
        auto parsed = OfferJson::fromJsonObject(entry.given(u"offer").toObject(), entry.fieldPath(u"offer"),
                                                OfferJson::Validation::Skip);
        entry.errors().append(parsed.errors);
        if (parsed.ok())
            session.offers.append({label, *parsed.offer});
    });
    constexpr int maxOfferNumber = std::numeric_limits<int>::max();
    session.negotiatedOffer = reader.integer(u"negotiated_offer", 1, maxOfferNumber).value_or(1) - 1;
    if (const auto competing = reader.integer(u"competing_offer", 1, maxOfferNumber))
        session.competingOffer = *competing - 1;
    if (auto negotiation = reader.object(u"negotiation"))
        readNegotiation(*negotiation, session.negotiation);
    if (auto email = reader.object(u"email")) {
        email->rejectUnknownKeys({u"subject", u"body", u"user_edited"});
        session.email.subject = email->text(u"subject");
        session.email.body = email->text(u"body");
        session.email.userEdited = email->flag(u"user_edited");
    }
    reader.forEachObject(u"history", SessionJson::MaxHistoryEntries,
                         [&](ObjectReader& entry) { session.history.append(readHistoryEntry(entry)); });
    if (auto scenarios = reader.object(u"scenarios"))
        readStockScenarios(*scenarios, session.stockScenarios);

    if (result.errors.isEmpty())
        checkOfferNumbers(session, result.errors);
    if (result.errors.isEmpty())
        result.session = std::move(session);
    return result;
}

QJsonObject SessionJson::toJsonObject(const Session& session, const QDateTime& savedAt)
{
    QJsonObject object{
        {u"schema"_s, SchemaVersion},
        {u"app"_s, appName.toString()},
        {u"app_version"_s, QStringLiteral(ANCHORLINE_VERSION)},
        {u"saved_at"_s, savedAt.toUTC().toString(Qt::ISODate)},
        {u"client"_s, QJsonObject{{u"name"_s, session.clientName}, {u"notes"_s, session.notes}}},
    };
    if (!session.currentPay.isEmpty()) {
        QJsonObject currentPay = payFiguresToJson(session.currentPay);
        currentPay.insert(u"private"_s, true);
        object.insert(u"current_pay"_s, currentPay);
    }
    if (!session.target.isEmpty())
        object.insert(u"target"_s, payFiguresToJson(session.target));

    QJsonArray offers;
    for (const auto& entry : session.offers)
        offers.append(
            QJsonObject{{u"label"_s, entry.label}, {u"offer"_s, OfferJson::toJsonObject(entry.offer)}});
    object.insert(u"offers"_s, offers);
    object.insert(u"negotiated_offer"_s, session.negotiatedOffer + 1);
    if (session.competingOffer)
        object.insert(u"competing_offer"_s, *session.competingOffer + 1);

    const auto& settings = session.negotiation;
    QJsonObject negotiation{
        {u"strategy"_s, settings.strategyId},
        {u"tone"_s, EmailTones::id(settings.tone)},
        {u"language"_s, settings.language},
        {u"target_percentile"_s, settings.targetPercentile},
        {u"company_stage"_s, CompanyStages::id(settings.companyStage)},
        {u"base_capped"_s, settings.baseCapped},
        {u"currency"_s, settings.forfeitedCompensation.currency()},
        {u"forfeited_compensation"_s, OfferJson::moneyToJsonNumber(settings.forfeitedCompensation)},
        {u"recruiter_name"_s, settings.recruiterName},
    };
    if (settings.decisionDeadline.isValid())
        negotiation.insert(u"decision_deadline"_s, settings.decisionDeadline.toString(Qt::ISODate));
    object.insert(u"negotiation"_s, negotiation);

    object.insert(u"email"_s, QJsonObject{{u"subject"_s, session.email.subject},
                                          {u"body"_s, session.email.body},
                                          {u"user_edited"_s, session.email.userEdited}});

    QJsonArray history;
    for (const auto& entry : session.history) {
        QJsonObject item{{u"asked"_s, entry.asked},
                         {u"answer"_s, entry.answer},
                         {u"outcome"_s, Session::HistoryEntry::outcomeId(entry.outcome)},
                         {u"currency"_s, entry.currency}};
        if (entry.date.isValid())
            item.insert(u"date"_s, entry.date.toString(Qt::ISODate));
        putMoney(item, u"asked_amount"_s, entry.askedAmount);
        putMoney(item, u"answer_amount"_s, entry.answerAmount);
        history.append(item);
    }
    object.insert(u"history"_s, history);
    // Only when chosen: a session with the default scenarios is written as before they were saved.
    if (session.stockScenarios != StockScenarioSettings())
        object.insert(u"scenarios"_s, stockScenariosToJson(session.stockScenarios));
    return object;
}

QByteArray SessionJson::toJson(const Session& session, const QDateTime& savedAt)
{
    return QJsonDocument(toJsonObject(session, savedAt)).toJson(QJsonDocument::Indented);
}

QJsonValue SessionJson::percentToJson(int basisPoints)
{
    return basisPoints % 100 == 0 ? QJsonValue(basisPoints / 100) : QJsonValue(basisPoints / 100.0);
}

} // namespace Anchorline
