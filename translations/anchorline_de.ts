<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Anchorline</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="45"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="54"/>
        <source>%1: not a readable autosave snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="65"/>
        <source>Needs a market band for the role, level and location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="71"/>
        <source>The offer&apos;s base (%1) already reaches the target p%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="77"/>
        <source>The offer&apos;s base is at the %1 of the market band, at or below p60: there is room to counter at p%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="83"/>
        <source>The offer&apos;s base is at the %1, below the target p%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="89"/>
        <source>The employer says base is capped, so a base counter is less likely to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="93"/>
        <source>A higher competing offer is a stronger reason than market data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="102"/>
        <source>You have a written competing offer from %1 worth more a year on average than this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="106"/>
        <source>The competing offer is not higher than this one: don&apos;t cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="108"/>
        <source>Needs a real, written competing offer; never invent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="117"/>
        <source>You forfeit %1 by leaving: a sign-on bonus can make you whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="122"/>
        <source>Base is capped: a one-time sign-on sits outside the band and sets no precedent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="126"/>
        <source>A sign-on bonus can bridge the first-year gap of %1 to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="130"/>
        <source>Needs forfeited compensation or a gap between the offer and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="140"/>
        <source>At a %1, equity often moves when cash cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="145"/>
        <source>At a startup, ask about the option count and the exercise window; value options with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="150"/>
        <source>Government and non-profit employers rarely grant equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="155"/>
        <source>Base is capped, so the gap can move into equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="162"/>
        <source>Needs an offered career level below principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="167"/>
        <source>If your experience maps above %1, the level sets the band: ask to be leveled up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="174"/>
        <source>Needs a gap between the offered base and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="179"/>
        <source>Several levers are in play: equal-value packages let the employer choose and show your flexibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="188"/>
        <source>Government and non-profit pay is usually fixed by grade: non-cash terms can move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="191"/>
        <source>The cash ask is already met; non-cash terms are what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="194"/>
        <source>Start date, remote days, PTO and an early review can be added to any ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="180"/>
        <source>unknown cadence &quot;%1&quot;; expected annual, semiannual, quarterly or monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="199"/>
        <source>unknown schedule &quot;%1&quot;; expected one of %2, or an array of yearly percentages such as [25, 25, 25, 25]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="219"/>
        <source>a preset name or an array of yearly percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="227"/>
        <source>expected 0 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="244"/>
        <source>unknown rule &quot;%1&quot;; expected &quot;full&quot; or &quot;prorata&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="277"/>
        <location filename="../src/core/SessionJson.cpp" line="343"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="28"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="30"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="32"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="34"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="36"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="38"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="42"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="246"/>
        <source>&quot;%1&quot; is not a tone; expected warm, direct or formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="257"/>
        <source>&quot;%1&quot; is not a company stage; expected startup, growth, public or government-nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="24"/>
        <source>Evaluate a job offer against market pay and draft the negotiation email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::AskBuilder</name>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="95"/>
        <source>top-coded: at least this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="96"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="97"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="99"/>
        <source>p%1 of the %2 band for %3 in %4 is %5 (%6), rounded to a multiple of %7: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="143"/>
        <source>The range runs from the target %1 to %1 + 5 %, rounded: %2 (it starts at the target, so it is not a backdown range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="157"/>
        <source>%1&apos;s written offer has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="184"/>
        <source>Sign-on makes up for the %1 you forfeit by leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="190"/>
        <source>Sign-on bridges the first-year gap between the target base %1 and the offered base %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="210"/>
        <source>Equity per year carries the gap between the target base %1 and the offered base %2: %3 more a year (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="226"/>
        <source>One level above the offered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="253"/>
        <source>The target base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="255"/>
        <source>%1 less base, %2 more sign-on: equal value over the first two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="258"/>
        <source>%1 less base, %1 more equity per year: equal value every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="264"/>
        <source>Packages trade half the gap to the target (%1, rounded) between base, sign-on and equity; offered base %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::AutosaveStore</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="119"/>
        <source>&quot;%1&quot; is not a document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="124"/>
        <source>%1: cannot create the autosave folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="126"/>
        <source>%1: another running Anchorline is autosaving this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="174"/>
        <source>%1: another running Anchorline has this document open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::AutosaveStore::Recovery</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="61"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="72"/>
        <source>Recover unsaved session from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="73"/>
        <source>Recover unsaved changes to %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartExport</name>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="37"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="67"/>
        <source>Chart exported from Anchorline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="81"/>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="89"/>
        <source>%1: could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartPanel</name>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="54"/>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="135"/>
        <source>Save chart as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="141"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="143"/>
        <source>Save chart as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="148"/>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartSeriesBuilder</name>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="89"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="90"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="99"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="100"/>
        <source>Source: %1 (BLS OEWS May %2 survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="103"/>
        <source>%1 estimated (modelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="106"/>
        <source>%1 top-coded by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Refreshers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="116"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="140"/>
        <source>Leaving after month %1: %2 unvested equity forfeited, %3 sign-on repaid (%4 in all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Checker</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="25"/>
        <source>the amount is in %1 but the offer is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="27"/>
        <source>the amount may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="29"/>
        <source>amounts above %1 are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="36"/>
        <source>expected %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="42"/>
        <source>expected a percentage from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli</name>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="30"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="34"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="38"/>
        <source>, starting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="35"/>
        <source>Usage: anchorline-cli COMMAND [OPTIONS]

Evaluates job offers against market pay and drafts negotiation emails.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="40"/>
        <source>
Options:
  --help       Show this help, or a command&apos;s help with COMMAND --help
  --version    Show the version

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="64"/>
        <source>anchorline-cli: unknown command &quot;%1&quot;; run anchorline-cli --help for the list
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EvaluateCommand</name>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="55"/>
        <source>Year-by-year pay of an offer and the cost of leaving early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="60"/>
        <source>Usage: anchorline-cli evaluate OFFER.json [--json]

Prints the offer&apos;s pay for years 1-4 (1-6 with refreshers): base, bonus, sign-on, equity and
refreshers vested, the 4-year total and average, and the walk-away cost (unvested equity
forfeited, sign-on to repay) after 6, 12, 18, 24 and 36 months.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.

  OFFER.json   an offer file (schema 1); - reads standard input
  --json       print a JSON object instead of the table
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="77"/>
        <source>evaluate: unknown option &quot;%1&quot;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="82"/>
        <source>evaluate: expected one offer file

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="91"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <source>Refreshers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="141"/>
        <location filename="../src/cli/EvaluateCommand.cpp" line="149"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="146"/>
        <source>4-year total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="147"/>
        <source>4-year average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="149"/>
        <source>Leaving after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="149"/>
        <source>Forfeited equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="149"/>
        <source>Sign-on to repay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="152"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="157"/>
        <source>Walk-away cost
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="159"/>
        <source>Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market price.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::CompanyStages</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="54"/>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="56"/>
        <source>Growth stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="58"/>
        <source>Public company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="62"/>
        <source>Government or non-profit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::CsvReader</name>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="59"/>
        <source>a quoted field is not closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="74"/>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailComposer</name>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="201"/>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="207"/>
        <source>about </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailDraft</name>
    <message>
        <location filename="../src/core/NegotiationPlan.cpp" line="9"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailTones</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="96"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="98"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="102"/>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::GuardRailChecker</name>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="99"/>
        <source>The competing-offer strategy needs a real, written competing offer. Enter it, or choose another strategy; never cite an offer you do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="105"/>
        <source>There is no market band for this role and location, so the email has no market sentence and band-based asks stay at the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="118"/>
        <source>The ask for %1 (%2) is below the offer (%3). Never counter below what is already offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="126"/>
        <source>The ask is not above the offer. Choose a higher target percentile or another strategy (for example non-cash levers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="143"/>
        <source>The base ask %1 is more than 10 % above the market&apos;s p90 (%2). Extreme first offers can offend and end talks; consider a lower target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="155"/>
        <source>The ask (%1 in base, sign-on, equity per year and refresh) is more than 25 % above the offer (%2) and there is no competing offer to justify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="173"/>
        <source>%1 is more precise than it needs to be: recruiters read very precise numbers as arbitrary. Consider %2 and give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="188"/>
        <source>A range that ends at your target (%1) invites the employer to pick its bottom. Start the range at the target instead (a bolstering range, e.g. %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="223"/>
        <source>The competing offer (%1 a year on average) is not higher than this offer (%2): don&apos;t cite it. It stays out of the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="239"/>
        <source>The decision deadline is %n day(s) away: ask for time before you reply (the ask-for-time email asks for a specific date), and speed up your other processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="262"/>
        <source>&quot;%1&quot; reads as an ultimatum. Ultimatums push the other side to walk away; state the ask and the reason positively instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="282"/>
        <source>The email reveals your current pay. Pay history anchors the employer low; base the ask on the market instead (some places forbid employers to ask).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgression</name>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="58"/>
        <source>%1 · secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="71"/>
        <source>%1 · median base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="76"/>
        <source>Median base pay by level: %1, %2 (level bands are modelled estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="85"/>
        <source>%1; early-career (L3), mid-level (L4) and senior (L5) shown at Entry, Mid-level and Senior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgressionChart</name>
    <message>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="27"/>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="28"/>
        <source>Pay progression by level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::LocationSearch</name>
    <message>
        <location filename="../src/core/LocationSearch.cpp" line="60"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::MarketBandChart</name>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="45"/>
        <source>Market band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="50"/>
        <source>Annual base pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="65"/>
        <source>median (p50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="67"/>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="69"/>
        <source>ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="150"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="153"/>
        <source>No market band for this role and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="215"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="216"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="233"/>
        <source>estimated (modelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="233"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="180"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="191"/>
        <source>a minus sign may only lead the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="207"/>
        <source>enter an amount such as 187500, 187,500 or 187.5k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="217"/>
        <source>&quot;%1&quot; is not part of an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="244"/>
        <source>the decimal part may not hold separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="251"/>
        <source>thousands separators must split the number into groups of three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="255"/>
        <source>the amount has more than one decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="265"/>
        <source>%1 amounts have no decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="266"/>
        <source>an amount has at most %1 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="276"/>
        <source>amounts above %1 are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="280"/>
        <source>the amount may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::MoneyLineEdit</name>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="69"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="90"/>
        <source>enter an amount, e.g. 187,500 or 187.5k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationEngine</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="251"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="257"/>
        <source>no templates for language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="287"/>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="291"/>
        <source>%1, %2 (survey year %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="293"/>
        <source>Estimated values: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::ObjectReader</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="59"/>
        <source>unknown key; expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="76"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="89"/>
        <location filename="../src/core/SessionJson.cpp" line="104"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="107"/>
        <source>a percentage such as 10 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="111"/>
        <source>a percentage has at most two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="129"/>
        <source>an amount such as 187500, 1234.56 or &quot;$187,500&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="150"/>
        <source>an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="158"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="69"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="84"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="93"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="108"/>
        <source>%1 is outside %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="121"/>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="132"/>
        <source>&quot;%1&quot; is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="148"/>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="163"/>
        <source>&quot;%1&quot; is not a known currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="175"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="188"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="196"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="209"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Offer</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="59"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="64"/>
        <source>expected the yearly base salary, more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="71"/>
        <source>give either bonus_percent or bonus_fixed, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="76"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="81"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferForm</name>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="86"/>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="95"/>
        <source>Custom yearly percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="96"/>
        <source>How the grant vests over the years. The presets are the common schedules (standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="106"/>
        <source>All of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="107"/>
        <source>Pro rata (months not worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="111"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="112"/>
        <source>Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band compares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="115"/>
        <source>Fixed bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="116"/>
        <source>A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="118"/>
        <source>Sign-on bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="118"/>
        <source>Sign-on bonus paid when you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="119"/>
        <source>Sign-on year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="120"/>
        <source>Second sign-on payment at the start of year 2, if the bonus is split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="121"/>
        <source>Equity grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="122"/>
        <source>Total value of the initial equity grant (RSUs) at grant, over the whole vesting period, e.g. 240k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="125"/>
        <source>Refresher grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="126"/>
        <source>Value of the yearly refresher grant, if the company states one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="127"/>
        <source>Competing base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="127"/>
        <source>The other offer&apos;s base salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="129"/>
        <source>Competing sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="129"/>
        <source>The other offer&apos;s sign-on bonus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="131"/>
        <source>Competing equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="132"/>
        <source>The other offer&apos;s total equity grant over 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="133"/>
        <source>Left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="134"/>
        <source>Unvested equity and bonus you give up by leaving your current job: the basis for a make-whole sign-on ask. Never put into the email as your pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="138"/>
        <source>e.g. Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="139"/>
        <source>e.g. San Jose, CA (empty: United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="140"/>
        <source>Your level for this offer. It picks the part of the local pay distribution the band shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="282"/>
        <source>&quot;%1&quot; is not a percentage; write the yearly shares like 25/25/25/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="296"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="448"/>
        <source>Vesting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferJson</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="294"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="298"/>
        <source>expected a JSON object { &quot;schema&quot;: 1, ... } at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="311"/>
        <source>missing; expected &quot;schema&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="315"/>
        <source>expected %1; this version of Anchorline reads offer files of schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="325"/>
        <source>unknown level &quot;%1&quot;; expected one of entry, junior, mid, senior, staff, principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="334"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="341"/>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="344"/>
        <source>missing; expected the yearly base salary, e.g. 187500</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::RolePayTableModel</name>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="37"/>
        <source>Secondary source, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="55"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="78"/>
        <source>%1 (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="120"/>
        <source>The source publishes only a lower bound for this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="133"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="135"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="137"/>
        <source>Typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="139"/>
        <source>Early-career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="141"/>
        <source>Mid-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="143"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleProfiles</name>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="22"/>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>AI Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="25"/>
        <source>Government data has no AI engineer occupation; its figures are for Computer and Information Research Scientists (SOC 15-1221), the occupation that designs machine learning systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="29"/>
        <source>Deep Learning Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="30"/>
        <source>Expertise in TensorFlow, PyTorch, and other deep learning frameworks for building neural networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="33"/>
        <source>Cloud AI Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="34"/>
        <source>Proficiency with AWS SageMaker, Google AI Platform, Azure ML for scalable AI deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="36"/>
        <source>MLOps and Model Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="37"/>
        <source>Skills in model versioning, monitoring, and production deployment pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="39"/>
        <source>Computer Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="40"/>
        <source>Specialized knowledge in image processing, object detection, and visual AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Junior AI Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Build basic ML models and data pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>Design and deploy production AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Senior AI Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Lead AI architecture and research initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Principal AI Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Drive AI strategy and mentor engineering teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="50"/>
        <source>AI engineers may plateau when specialization becomes too narrow or when moving into management roles that reduce hands-on technical work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="52"/>
        <source>AI engineers often transition to data science, ML research, or technical product management roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="61"/>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="65"/>
        <source>System Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="66"/>
        <source>Ability to design scalable, distributed systems and microservices architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Cloud Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Expertise in AWS, GCP, or Azure for building cloud-native applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Full-Stack Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Proficiency across frontend, backend, and database technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="72"/>
        <source>DevOps and CI/CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="73"/>
        <source>Skills in automation, containerization, and continuous deployment practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Junior Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Write code and fix bugs under guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Build features and maintain applications independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Senior Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Design systems and lead technical decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Staff/Principal Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Define architecture and mentor teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="83"/>
        <source>Software engineers typically plateau at senior levels unless they develop system design expertise or move into technical leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="86"/>
        <source>Software engineers commonly move into engineering management, solution architecture, or product engineering roles at larger companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="118"/>
        <source>Specialization Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="119"/>
        <source>AI engineers command higher salaries due to specialized knowledge in machine learning, deep learning, and AI frameworks that are in high demand but have limited talent supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>Market Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>The AI boom has created intense competition for AI talent, while software engineering has a more mature and balanced talent market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="124"/>
        <source>Technical Complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="125"/>
        <source>AI engineering requires advanced mathematics, statistics, and domain expertise in addition to programming skills, justifying premium compensation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="128"/>
        <source>Business Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="129"/>
        <source>AI engineers often work on high-value initiatives like automation, predictive analytics, and intelligent systems that directly drive revenue and cost savings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="132"/>
        <source>Educational Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="133"/>
        <source>AI roles typically require advanced degrees or specialized training in machine learning, while software engineering has more diverse educational pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="145"/>
        <source>January 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="155"/>
        <source>Secondary source: %1, last updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="162"/>
        <source>HIGH IMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="164"/>
        <source>MEDIUM IMPACT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Scanner</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="101"/>
        <source>unbalanced &apos;}&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="113"/>
        <source>unbalanced &apos;{&apos;: no closing &apos;}&apos; for this field (write &apos;{{&apos; for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="122"/>
        <source>empty field {}: fields need a name, e.g. {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="126"/>
        <source>unknown field {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="145"/>
        <source>bad format spec &quot;%1&quot; in field {%2}: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="68"/>
        <source>offer %1 does not exist; the session has %n offer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="75"/>
        <source>an offer cannot be its own competing offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="78"/>
        <source>%1 is outside 10 … 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="93"/>
        <source>Offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="94"/>
        <source>Offer %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="285"/>
        <source>&quot;%1&quot; is not an outcome; expected pending, accepted, countered or declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionFile</name>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="42"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="65"/>
        <location filename="../src/core/SessionFile.cpp" line="85"/>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="72"/>
        <source>%1: cannot read the previous version to keep it as a backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="79"/>
        <source>%1: not saved, because the backup of the previous version failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="96"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionJson</name>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="358"/>
        <source>expected a JSON object with a session or an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="372"/>
        <source>missing; expected &quot;Anchorline&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="373"/>
        <source>&quot;%1&quot; is not an Anchorline session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="379"/>
        <source>missing; expected a number such as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="385"/>
        <source>this session was saved by a newer Anchorline (session schema %1); this version reads schema %2 and older. Update Anchorline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="413"/>
        <source>expected an object with the offer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::StrategyCatalogue</name>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="54"/>
        <source>Market-anchored precise counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="55"/>
        <source>Counter at the market band&apos;s target percentile (default p75) with a moderately precise number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="56"/>
        <source>The ask for base is the band&apos;s value at the target percentile, rounded to $500 ($250 under $100,000): precise enough to show research, not so precise that it looks arbitrary. The email gives the market data as the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="59"/>
        <source>The offer&apos;s base is at or below about the 60th percentile of the market band and there is no competing offer. Works at any company stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="63"/>
        <source>Bolstering range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="64"/>
        <source>Ask for a narrow range that starts at the target: T to T + 5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="65"/>
        <source>The range runs from the target T (the band&apos;s target percentile, rounded) to T × 1.05, rounded. Never a range that ends at the target (a &quot;backdown&quot; range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="67"/>
        <source>As for the precise counter, when a softer tone suits: the counterpart is the future manager or the relationship matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="71"/>
        <source>Competing-offer match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="72"/>
        <source>Ask this company to match a real, higher competing offer, component by component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="73"/>
        <source>Each component is asked at the higher of the two offers (base, sign-on, equity per year); any remaining gap in yearly total compensation goes into the sign-on bonus. Only the numbers the user entered are used: a competing offer is never invented or inflated, and a lower one is never cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="76"/>
        <source>You hold a written competing offer whose yearly total compensation is higher than this offer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="79"/>
        <source>Sign-on bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="80"/>
        <source>Keep base, ask for a sign-on bonus that makes you whole or bridges the first-year gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="81"/>
        <source>The sign-on ask is the offered sign-on plus the larger of the compensation you forfeit by leaving and the first-year gap between the target base and the offered base (rounded). Check the clawback terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="84"/>
        <source>The employer says base is capped, or you forfeit unvested equity or a bonus by leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="87"/>
        <source>Equity and refresh lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="88"/>
        <source>Move the cash gap into equity, and ask for a written refresh policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="89"/>
        <source>The equity ask per year is the offered yearly equity plus the gap between the target base and the offered base (rounded); the grant ask is that times the vesting years. Ask for the refresh policy in writing. Value options with care: not as ownership % × last valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="92"/>
        <source>Growth-stage or public companies, where cash is tight but equity can move. At a startup, ask about the option count and the exercise window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="96"/>
        <source>Re-level ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="97"/>
        <source>Ask to be leveled one level up; the next level&apos;s band sets the new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="98"/>
        <source>The level ask is the next career level. With that level&apos;s band, the base ask is its value at the target percentile (rounded); without it, only the level is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="100"/>
        <source>Your experience maps above the offered level (the level sets the band).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="103"/>
        <source>Package menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="104"/>
        <source>Offer two or three packages of equal value and let the employer choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="105"/>
        <source>Package A is the target base T. Package B trades half the gap to T (d, rounded) for a sign-on of 2 × d (equal value over the first two years). Package C trades d for d more equity per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="107"/>
        <source>Several levers are in play and the employer&apos;s priorities are unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="110"/>
        <source>Non-cash levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="111"/>
        <source>Cash stays as offered; ask for start date, remote days, PTO and a pay review at six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="112"/>
        <source>No cash component changes. The email lists the non-cash asks in priority order: start date, remote work, paid time off, and a compensation review after six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="114"/>
        <source>Cash is fixed (government, non-profit, strict bands), or the cash ask has already been met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="117"/>
        <source>&quot;Ready to sign&quot; close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="118"/>
        <source>The precise counter plus a clear promise: if we get there, I&apos;m ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="119"/>
        <source>The ask is the market-anchored counter; the email closes with &quot;If we can get to X, I&apos;m ready to sign this week.&quot; Use it once, at the end, and only if you truly would accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="121"/>
        <source>You would accept the offer if the ask is met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateDocument</name>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="52"/>
        <source>%1:%2: section [%3] appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="63"/>
        <source>%1:%2: text before the first [section] header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateLibrary</name>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="82"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="97"/>
        <source>no template &quot;%1&quot; for language &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="99"/>
        <source> and tone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateRenderer</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="166"/>
        <source>%1: %2 (section [%3])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::VestingSchedule</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="41"/>
        <source>25/25/25/25, 1-year cliff, then quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="49"/>
        <source>25/25/25/25, 1-year cliff, then monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="57"/>
        <source>5/15/40/40 (Amazon-style): years 1 and 2 at anniversaries, then semiannual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="66"/>
        <source>33/33/22/12 (Google-style): monthly, no cliff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="74"/>
        <source>40/30/20/10, 1-year cliff, then quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="82"/>
        <source>35/30/20/15, 1-year cliff, then quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="218"/>
        <source>give between 1 and %1 yearly percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="222"/>
        <source>a yearly percentage may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="226"/>
        <source>the yearly percentages sum to %1 %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="232"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::WalkAwayChart</name>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="29"/>
        <source>Cost of leaving early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="36"/>
        <source>unvested equity forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="37"/>
        <source>sign-on repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="38"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="49"/>
        <source>Months after the start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anchorline::YearByYearChart</name>
    <message>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="23"/>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="24"/>
        <source>Pay year by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandModel</name>
    <message>
        <location filename="../src/core/BandModel.cpp" line="231"/>
        <source>%1 band: the local distribution from about its p%2 to p%3, centred on p%4; every value is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="288"/>
        <source>BLS OEWS publishes no national %1 wages for occupation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="294"/>
        <source>BLS OEWS publishes no national %1 percentiles for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="301"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="304"/>
        <source>May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="306"/>
        <source>BLS OEWS national wage percentiles, annual base pay (no bonus or stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="310"/>
        <source>Published hourly only: annualised as hourly × 2080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="314"/>
        <source>Top-coded values are lower bounds: BLS publishes pay of $239,200 or more only as “≥ $239,200”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="324"/>
        <source>Unknown occupation code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="327"/>
        <source>Unknown area code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="333"/>
        <source>DOL OFLC publishes no wage levels for %1 (%2) in %3; try the national band (US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="346"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; p50 is Level III. Other percentiles are estimates from a log-normal fitted to the four levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="356"/>
        <source>Each career level is a slice of the local pay distribution for the occupation, centred on a percentile: entry on the 17th (OFLC Level I), junior on the 34th (Level II), mid-level on the 50th (Level III, the median), senior on the 67th (Level IV), staff on the 80th and principal on the 90th. A level&apos;s band runs from 10 percentiles below its centre to 10 above (for example senior: p57 to p77), so higher levels never pay less. Without a level, the band is the whole distribution (p10 to p90). Level bands are estimates: no public source publishes pay by career level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="371"/>
        <source>Figures are annual base pay. For a metro or non-metro area, the U.S. Department of Labor&apos;s four prevailing-wage levels (OFLC, July 2025 – June 2026, from the May 2024 OEWS survey) are the local 17th, 34th, 50th and 67th percentiles; the median is Level III as published. The other percentiles are estimated: a log-normal distribution fitted to the four levels by least squares gives the spread, and the curve passes through the published levels. For the whole United States, the BLS OEWS May 2024 national percentiles are shown as published; BLS publishes pay of $239,200 and more only as “≥ $239,200”, so such values are lower bounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandPosition</name>
    <message>
        <location filename="../src/core/Band.cpp" line="53"/>
        <source>%1st percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="55"/>
        <source>%1nd percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="57"/>
        <source>%1rd percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="58"/>
        <source>%1th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="84"/>
        <source>no known percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="94"/>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="126"/>
        <source>above p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="135"/>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="138"/>
        <source>%1 is ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="142"/>
        <source>between %1 and %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="147"/>
        <source>at or above %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerLevel</name>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="30"/>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="31"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="32"/>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="33"/>
        <source>Mid-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="34"/>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="35"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="36"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="29"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="14"/>
        <source>Anchorline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="85"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Save Email as Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="121"/>
        <source>Save the email subject and body to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="124"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="132"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>&amp;Copy Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="140"/>
        <source>Copy the email subject and body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="143"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>&amp;Open in Mail App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="151"/>
        <source>Open a new message with this subject and body in your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="154"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="159"/>
        <source>&amp;Regenerate Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="162"/>
        <source>Rewrite the email from the current inputs, replacing your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="165"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>Go to &amp;Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="173"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Market Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>&amp;Year by Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="189"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;Level Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="197"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>&amp;Walk-away Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Role &amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="213"/>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;Data Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>Where every number comes from, how old it is, and how estimates are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229"/>
        <source>&amp;About Anchorline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketStore</name>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="360"/>
        <source>not an Anchorline market dataset (no ALMD header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="365"/>
        <source>unsupported market dataset version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="373"/>
        <source>the market dataset&apos;s section index is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <location filename="../ui/OfferForm.ui" line="21"/>
        <source>Role and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="30"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="40"/>
        <source>Job title as written in the offer. Pick a suggestion to compare with the matching government occupation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="47"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="61"/>
        <source>L&amp;ocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="71"/>
        <source>City, county or metro area of the job. Pick a suggestion to use that area&apos;s pay data; leave empty for the national figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="78"/>
        <source>Co&amp;mpany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="88"/>
        <source>The employer&apos;s name, used in the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="95"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="105"/>
        <source>Currency of every amount in the offer. Market bands are in US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="112"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="122"/>
        <source>First day of work. Year 1 covers the first 12 months from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="128"/>
        <location filename="../ui/OfferForm.ui" line="713"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="138"/>
        <source>Base and bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="147"/>
        <source>&amp;Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="161"/>
        <source>Yearly &amp;raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="171"/>
        <source>Expected yearly raise of the base salary, compounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="174"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="190"/>
        <source>Target bo&amp;nus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="200"/>
        <source>Target yearly bonus as a percentage of that year&apos;s base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="203"/>
        <location filename="../ui/OfferForm.ui" line="588"/>
        <source> % of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="219"/>
        <source>&amp;Fixed bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="236"/>
        <source>Sign-on bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="245"/>
        <source>Paid at &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="259"/>
        <source>Paid in &amp;year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="273"/>
        <source>&amp;Clawback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="283"/>
        <source>Months after each payment during which leaving means paying it back. 0 = no clawback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="286"/>
        <location filename="../ui/OfferForm.ui" line="403"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="296"/>
        <source>Repa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="306"/>
        <source>How much is repaid when leaving inside the clawback period: all of it, or the share of months not yet worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="316"/>
        <location filename="../ui/OfferForm.ui" line="615"/>
        <source>Equity grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="325"/>
        <source>&amp;Grant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="339"/>
        <source>&amp;Vesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="353"/>
        <source>Yearly &amp;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="363"/>
        <source>Share vesting in each year, separated by slashes, summing to 100: 25/25/25/25 or 40/30/20/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="366"/>
        <source>25/25/25/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="373"/>
        <source>Ca&amp;dence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="383"/>
        <source>How often shares vest within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="390"/>
        <source>Cl&amp;iff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="400"/>
        <source>Months before the first vest; everything due by then vests at the cliff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="416"/>
        <source>Refresher grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="425"/>
        <source>Yearly gr&amp;ant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="439"/>
        <source>First in yea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="449"/>
        <source>The year of the first refresher grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="458"/>
        <source>year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="465"/>
        <source>Vests o&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="475"/>
        <source>Each refresher vests evenly over this many years, without a cliff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="478"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="491"/>
        <source>Cadenc&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="501"/>
        <source>How often refresher shares vest within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="511"/>
        <source>Competing offer (a real, written one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="520"/>
        <source>Tick to add an offer you hold from another employer; the app can then ask to match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="544"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="554"/>
        <source>The other employer. Only enter an offer you really hold in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="561"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="575"/>
        <source>Target bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="585"/>
        <source>The other offer&apos;s target bonus as a percentage of base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="601"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="635"/>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="644"/>
        <source>Company s&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="654"/>
        <source>Startups and growth companies move equity more easily; public companies have firm bands; government and non-profits rarely move cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="661"/>
        <source>The employer said the base is at the top of its band. The advice then moves to sign-on and equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="664"/>
        <source>The employer says base is &amp;capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="671"/>
        <source>Left &amp;behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="685"/>
        <source>&amp;Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="697"/>
        <source>Tick when the employer gave you a date to answer by; a deadline under a week brings up the ask-for-time email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="700"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="716"/>
        <source>The date the employer wants an answer by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="731"/>
        <source>Recr&amp;uiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="741"/>
        <source>The recruiter&apos;s first name, for the greeting. Leave empty for a neutral greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="748"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="758"/>
        <source>Your name, for the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="774"/>
        <source>Input problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="23"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="24"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="25"/>
        <source>Countered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="26"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VestingCadence</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="140"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="142"/>
        <source>Semiannual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="144"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="146"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
