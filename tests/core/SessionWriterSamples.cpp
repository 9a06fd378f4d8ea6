#include "SessionWriterSamples.h"

#include "SessionSamples.h"

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace SessionWriterSamples {

namespace {
constexpr int OfferCount = 120;
constexpr int NoteLines = 12'000;

QString noteLine(int version)
{
    return u"version %1: the recruiter called back about the equity refresh and the sign-on bonus.\n"_s.arg(
        version);
}
} // namespace

Session largeSession(int version)
{
    Session session = SessionSamples::fullSession();
    const auto sample = session.offers;
    session.offers.clear();
    for (int i = 0; i < OfferCount; ++i) {
        auto entry = sample.at(i % sample.size());
        entry.label = u"Offer %1"_s.arg(i + 1);
        session.offers.append(entry);
    }
    session.clientName = u"Client v%1"_s.arg(version);
    session.notes = noteLine(version).repeated(NoteLines);
    return session;
}

int versionOf(const Session& session)
{
    bool ok = false;
    const int version = session.clientName.mid(8).toInt(&ok);
    if (!session.clientName.startsWith(u"Client v") || !ok || session.offers.size() != OfferCount ||
        session.notes != noteLine(version).repeated(NoteLines))
        return -1;
    return version;
}

QString autosaveDocumentId()
{
    return u"6f1c2d4e-0000-4000-8000-000000000001"_s;
}

QByteArray datasetCsv()
{
    return "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
           "15-1252,senior,41940,USD,180000,200000,230000,260000,300000,Acme survey,2025-03-01\n"
           "15-1252,mid,41940,USD,150000,170000,190000,210000,240000,Acme survey,2025-03-01\n";
}

} // namespace SessionWriterSamples
