#include "AskCalculator.h"
#include "EmailComposer.h"
#include "NegotiationEngine.h"
#include "NegotiationFixtures.h"
#include "StrategyCatalogue.h"

#include <QTest>

using namespace Anchorline;
using namespace NegotiationFixtures;
using namespace Qt::StringLiterals;

// Target: an email renders in ≤ 1 ms. Run with -median 9 for the median of nine runs.
class BenchEmailRender : public QObject
{
    Q_OBJECT

private slots:
    // Templates read from the resources, validated and filled: email, phone script and ask-for-time email.
    void renderEmail()
    {
        const TemplateLibrary library = TemplateLibrary::builtIn();
        const EmailComposer composer(library);
        const auto input = midLevelInput(u"market-anchor"_s);
        const auto strategy = *StrategyCatalogue::find(input.strategyId);
        const Ask ask = AskCalculator::compute(input, strategy);
        EmailComposer::Result result;
        QBENCHMARK
        {
            result = composer.compose(input, strategy, ask);
        }
        QVERIFY(result.ok());
        QVERIFY(result.email.body.contains(u"$169,000"_s));
    }
    // The whole plan: recommendation, ask, email and guard rails.
    void preparePlan()
    {
        const NegotiationEngine engine{TemplateLibrary::builtIn()};
        auto input = midLevelInput();
        input.competingOffer = competingOffer();
        NegotiationEngine::PrepareResult result;
        QBENCHMARK
        {
            result = engine.prepare(input);
        }
        QVERIFY(result.ok());
    }
};

QTEST_APPLESS_MAIN(BenchEmailRender)
#include "BenchEmailRender.moc"
