<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="14"/>
        <source>About Anchorline</source>
        <translation>Über Anchorline</translation>
    </message>
</context>
<context>
    <name>Anchorline</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="68"/>
        <source>Needs a market band for the role, level and location.</source>
        <translation>Benötigt eine Marktspanne für Rolle, Stufe und Standort.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="73"/>
        <source>The offer&apos;s base (market band: %1) already reaches the target p%2.</source>
        <translation>Das Grundgehalt des Angebots (Marktspanne: %1) erreicht bereits das Ziel p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="82"/>
        <source>The offer&apos;s base sits in the market band at: %1. At or below p60 there is room to counter at p%2.</source>
        <translation>Das Grundgehalt des Angebots liegt in der Marktspanne bei: %1. Bei p60 oder darunter ist Raum für ein Gegenangebot bei p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="88"/>
        <source>The offer&apos;s base sits in the market band at: %1, below the target p%2.</source>
        <translation>Das Grundgehalt des Angebots liegt in der Marktspanne bei: %1, unter dem Ziel p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="95"/>
        <source>The employer says base is capped, so a base counter is less likely to move.</source>
        <translation>Der Arbeitgeber sagt, das Grundgehalt sei gedeckelt; ein Gegenangebot beim Grundgehalt bewegt daher weniger.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="99"/>
        <source>A higher competing offer is a stronger reason than market data.</source>
        <translation>Ein höheres Konkurrenzangebot ist ein stärkeres Argument als Marktdaten.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="110"/>
        <source>You have a written competing offer from %1 worth more a year on average than this one.</source>
        <translation>Sie haben ein schriftliches Konkurrenzangebot von %1, das im Jahresdurchschnitt mehr wert ist als dieses.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="114"/>
        <source>The competing offer is not higher than this one: don&apos;t cite it.</source>
        <translation>Das Konkurrenzangebot ist nicht höher als dieses: Führen Sie es nicht an.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="116"/>
        <source>Needs a real, written competing offer; never invent one.</source>
        <translation>Benötigt ein echtes, schriftliches Konkurrenzangebot; erfinden Sie nie eines.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="126"/>
        <source>You forfeit %1 by leaving: a sign-on bonus can make you whole.</source>
        <translation>Durch den Wechsel verlieren Sie %1: Eine Antrittsprämie kann das ausgleichen.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="132"/>
        <source>Base is capped: a one-time sign-on sits outside the band and sets no precedent.</source>
        <translation>Das Grundgehalt ist gedeckelt: Eine einmalige Antrittsprämie liegt außerhalb der Gehaltsspanne und schafft keinen Präzedenzfall.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="136"/>
        <source>A sign-on bonus can bridge the first-year gap of %1 to the target.</source>
        <translation>Eine Antrittsprämie kann die Lücke von %1 zum Ziel im ersten Jahr überbrücken.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="140"/>
        <source>Needs forfeited compensation or a gap between the offer and the target.</source>
        <translation>Benötigt entgangene Vergütung oder eine Lücke zwischen Angebot und Ziel.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="151"/>
        <source>At a %1, equity often moves when cash cannot.</source>
        <translation>Bei einem Unternehmen in der Phase „%1“ lässt sich die Aktienvergütung oft verhandeln, wenn beim Gehalt nichts geht.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="157"/>
        <source>At a startup, ask about the option count and the exercise window; value options with care.</source>
        <translation>Fragen Sie bei einem Startup nach der Anzahl der Optionen und der Ausübungsfrist; bewerten Sie Optionen mit Vorsicht.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="162"/>
        <source>Government and non-profit employers rarely grant equity.</source>
        <translation>Behörden und gemeinnützige Arbeitgeber vergeben selten Aktien.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="167"/>
        <source>Base is capped, so the gap can move into equity.</source>
        <translation>Das Grundgehalt ist gedeckelt, daher kann die Lücke in die Aktienvergütung wandern.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="174"/>
        <source>Needs an offered career level below principal.</source>
        <translation>Benötigt eine angebotene Karrierestufe unterhalb von Principal.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="180"/>
        <source>If your experience maps above %1, the level sets the band: ask to be leveled up.</source>
        <translation>Wenn Ihre Erfahrung über %1 liegt, bestimmt die Stufe die Spanne: Bitten Sie um eine höhere Einstufung.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="188"/>
        <source>Needs a gap between the offered base and the target.</source>
        <translation>Benötigt eine Lücke zwischen angebotenem Grundgehalt und Ziel.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="194"/>
        <source>Several levers are in play: equal-value packages let the employer choose and show your flexibility.</source>
        <translation>Mehrere Hebel sind im Spiel: Gleichwertige Pakete lassen den Arbeitgeber wählen und zeigen Ihre Flexibilität.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="204"/>
        <source>Government and non-profit pay is usually fixed by grade: non-cash terms can move.</source>
        <translation>Bei Behörden und gemeinnützigen Organisationen ist die Bezahlung meist durch die Entgeltgruppe festgelegt: Bewegen lassen sich Leistungen außerhalb des Gehalts.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="207"/>
        <source>The cash ask is already met; non-cash terms are what is left.</source>
        <translation>Die Gehaltsforderung ist bereits erfüllt; übrig bleiben Leistungen außerhalb des Gehalts.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="210"/>
        <source>Start date, remote days, PTO and an early review can be added to any ask.</source>
        <translation>Startdatum, Homeoffice-Tage, Urlaub und eine frühe Gehaltsüberprüfung lassen sich zu jeder Forderung hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Anchorline::AboutDialog</name>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="22"/>
        <source>Places a job offer against market pay for its role, level and place, shows it year by year, and drafts the negotiation email and phone script from documented strategies.</source>
        <translation>Stellt ein Jobangebot den Marktgehältern für Rolle, Stufe und Ort gegenüber, zeigt es Jahr für Jahr und entwirft die Verhandlungs-E-Mail und den Gesprächsleitfaden aus dokumentierten Strategien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="25"/>
        <source>Market data: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Help ▸ Data Sources has the details.</source>
        <translation>Marktdaten: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Einzelheiten unter Hilfe ▸ Datenquellen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="28"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Not legal or financial advice.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später. Keine Rechts- oder Finanzberatung.</translation>
    </message>
</context>
<context>
    <name>Anchorline::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="32"/>
        <source>--export-report needs --pdf OUT.pdf</source>
        <translation>--export-report benötigt --pdf AUSGABE.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="70"/>
        <source>Evaluate a job offer against market pay and draft the negotiation email.
Everything runs locally; the app never uses the network.</source>
        <translation>Ein Jobangebot mit Marktgehältern vergleichen und die Verhandlungs-E-Mail entwerfen.
Alles läuft lokal; die App nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="76"/>
        <source>Render the main window offscreen to a PNG file and exit (with QT_QPA_PLATFORM=offscreen no display is needed).</source>
        <translation>Das Hauptfenster ohne Bildschirm in eine PNG-Datei zeichnen und beenden (mit QT_QPA_PLATFORM=offscreen wird keine Anzeige benötigt).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="78"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="79"/>
        <source>Fill the inputs from a session or offer file.</source>
        <translation>Die Eingaben aus einer Sitzungs- oder Angebotsdatei übernehmen.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="80"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="83"/>
        <source>Window size for --screenshot (default %1x%2).</source>
        <translation>Fenstergröße für --screenshot (Standard %1x%2).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="84"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="87"/>
        <source>Write the one-page offer brief of a session as a PDF (see --pdf) and exit.</source>
        <translation>Die einseitige Angebotsübersicht einer Sitzung als PDF schreiben (siehe --pdf) und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="88"/>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>The PDF file --export-report writes.</source>
        <translation>Die PDF-Datei, die --export-report schreibt.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>OUT.pdf</source>
        <translation>AUSGABE.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="93"/>
        <source>Start as usual and exit as soon as the main window&apos;s first frame is on the screen (for start-up benchmarks).</source>
        <translation>Wie gewohnt starten und beenden, sobald das erste Bild des Hauptfensters auf dem Bildschirm ist (für Startzeit-Benchmarks).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="96"/>
        <source>A session (.anchorline) or offer file to open.</source>
        <translation>Eine Sitzung (.anchorline) oder Angebotsdatei zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="97"/>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="134"/>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1500x920, not &quot;%1&quot;</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, z. B. 1500x920, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="153"/>
        <source>could not write the screenshot to %1</source>
        <translation>der Screenshot konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Anchorline::AskBuilder</name>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="98"/>
        <source>top-coded: at least this much</source>
        <translation>nach oben begrenzt: mindestens so viel</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="99"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="100"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="102"/>
        <source>p%1 of the %2 band for %3 in %4 is %5 (%6), rounded to a multiple of %7: %8</source>
        <translation>p%1 der Spanne %2 für %3 in %4 ist %5 (%6), gerundet auf ein Vielfaches von %7: %8</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="161"/>
        <source>The range runs from the target %1 to %1 + 5 %, rounded: %2 (it starts at the target, so it is not a backdown range)</source>
        <translation>Die Spanne reicht vom Ziel %1 bis %1 + 5 %, gerundet: %2 (sie beginnt beim Ziel und ist daher keine Rückzugsspanne)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="175"/>
        <source>%1&apos;s written offer has %2</source>
        <translation>Das schriftliche Angebot von %1 enthält %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="203"/>
        <source>Sign-on makes up for the %1 you forfeit by leaving</source>
        <translation>Die Antrittsprämie gleicht die %1 aus, die Sie durch den Wechsel verlieren</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="207"/>
        <source>Sign-on bridges the first-year gap between the target base %1 and the offered base %2: %3 (%4)</source>
        <translation>Die Antrittsprämie überbrückt die Lücke im ersten Jahr zwischen dem Ziel-Grundgehalt %1 und dem angebotenen Grundgehalt %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="224"/>
        <source>Equity per year carries the gap between the target base %1 and the offered base %2: %3 more a year (%4)</source>
        <translation>Die jährliche Aktienvergütung trägt die Lücke zwischen dem Ziel-Grundgehalt %1 und dem angebotenen Grundgehalt %2: %3 mehr pro Jahr (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="237"/>
        <source>One level above the offered %1: %2</source>
        <translation>Eine Stufe über der angebotenen Stufe %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="265"/>
        <source>The target base %1</source>
        <translation>Das Ziel-Grundgehalt %1</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="267"/>
        <source>%1 less base, %2 more sign-on: equal value over the first two years</source>
        <translation>%1 weniger Grundgehalt, %2 mehr Antrittsprämie: gleicher Wert über die ersten zwei Jahre</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="270"/>
        <source>%1 less base, %1 more equity per year: equal value every year</source>
        <translation>%1 weniger Grundgehalt, %1 mehr Aktien pro Jahr: gleicher Wert in jedem Jahr</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="277"/>
        <source>Packages trade half the gap to the target (%1, rounded) between base, sign-on and equity; offered base %2</source>
        <translation>Die Pakete verschieben die halbe Lücke zum Ziel (%1, gerundet) zwischen Grundgehalt, Antrittsprämie und Aktien; angebotenes Grundgehalt %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::AutosaveStore</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="49"/>
        <source>%1: not a readable autosave snapshot</source>
        <translation>%1: keine lesbare automatische Sicherung</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="56"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="67"/>
        <source>Recover unsaved session from %1?</source>
        <translation>Nicht gespeicherte Sitzung von %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="68"/>
        <source>Recover unsaved changes to %1 from %2?</source>
        <translation>Nicht gespeicherte Änderungen an %1 von %2 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="120"/>
        <source>&quot;%1&quot; is not a document id</source>
        <translation>„%1“ ist keine Dokumentkennung</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="125"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: Der Ordner für automatische Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="128"/>
        <source>%1: cannot make the autosave folder private: %2</source>
        <translation>%1: Der Zugriff auf den Ordner für automatische Sicherungen kann nicht auf Sie beschränkt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="130"/>
        <source>%1: another running Anchorline is autosaving this document</source>
        <translation>%1: Ein anderes laufendes Anchorline sichert dieses Dokument automatisch</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="178"/>
        <source>%1: another running Anchorline has this document open</source>
        <translation>%1: Ein anderes laufendes Anchorline hat dieses Dokument geöffnet</translation>
    </message>
</context>
<context>
    <name>Anchorline::Band</name>
    <message>
        <location filename="../src/core/Band.cpp" line="159"/>
        <source>1 year old</source>
        <translation>1 Jahr alt</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="160"/>
        <source>%1 years old</source>
        <translation>%1 Jahre alt</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="166"/>
        <source>your dataset &quot;%1&quot;: %2, %3 (%4)</source>
        <translation>Ihr Datensatz „%1“: %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="169"/>
        <source>%1, %2 (survey of %3, %4)</source>
        <translation>%1, %2 (Erhebung von %3, %4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::BandResolver</name>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="120"/>
        <source>the role is empty</source>
        <translation>die Rolle ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="131"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="141"/>
        <source>the location is empty</source>
        <translation>der Standort ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="152"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
</context>
<context>
    <name>Anchorline::BriefPrinter</name>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="41"/>
        <source>&amp;Print Brief…</source>
        <translation>Übersicht &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="42"/>
        <source>Print the one-page offer brief: inputs, market band, years, the ask, the email, sources</source>
        <translation>Die einseitige Angebotsübersicht drucken: Eingaben, Marktspanne, Jahre, Forderung, E-Mail, Quellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="44"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="45"/>
        <source>See the printed offer brief before printing it</source>
        <translation>Die gedruckte Angebotsübersicht vor dem Drucken ansehen</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="47"/>
        <source>&amp;Export Brief as PDF…</source>
        <translation>Übersicht als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="48"/>
        <source>Save the one-page offer brief as a PDF file (readable only by you)</source>
        <translation>Die einseitige Angebotsübersicht als PDF-Datei speichern (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="57"/>
        <source>The session has no offer to print.</source>
        <translation>Die Sitzung enthält kein Angebot zum Drucken.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="59"/>
        <source>Check %1 first.</source>
        <translation>Prüfen Sie zuerst %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="62"/>
        <source>Cannot Print the Brief</source>
        <translation>Übersicht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="88"/>
        <source>Print Offer Brief</source>
        <translation>Angebotsübersicht drucken</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="90"/>
        <source>The offer brief went to %1.</source>
        <translation>Die Angebotsübersicht wurde an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="101"/>
        <source>Offer Brief — Print Preview</source>
        <translation>Angebotsübersicht – Druckvorschau</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="114"/>
        <source>offer-brief.pdf</source>
        <translation>angebotsuebersicht.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="115"/>
        <source>%1 — offer brief.pdf</source>
        <translation>%1 – Angebotsübersicht.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="116"/>
        <source>Export Brief as PDF</source>
        <translation>Übersicht als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="125"/>
        <source>Cannot Export the Brief</source>
        <translation>Übersicht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="128"/>
        <source>Offer brief saved as %1</source>
        <translation>Angebotsübersicht gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartExport</name>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="38"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="80"/>
        <source>Chart exported from Anchorline</source>
        <translation>Aus Anchorline exportiertes Diagramm</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="94"/>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation>%1: Wählen Sie einen Dateinamen mit der Endung .png oder .svg</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartPanel</name>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="64"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="145"/>
        <source>Save chart as…</source>
        <translation>Diagramm speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="151"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="153"/>
        <source>Save chart as</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="158"/>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartSeriesBuilder</name>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="88"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="99"/>
        <source>Source: %1, %2 (your imported dataset &quot;%3&quot;, %4)</source>
        <translation>Quelle: %1, %2 (Ihr importierter Datensatz „%3“, %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="102"/>
        <source>Source: %1 %2 (%3)</source>
        <translation>Quelle: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="104"/>
        <source>Source: %1 %2 (BLS OEWS May %3 survey, %4)</source>
        <translation>Quelle: %1 %2 (BLS-OEWS-Erhebung Mai %3, %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="110"/>
        <source>%1 estimated (modelled)</source>
        <translation>%1 geschätzt (modelliert)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="113"/>
        <source>%1 top-coded by the source</source>
        <translation>%1 von der Quelle nach oben begrenzt</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="116"/>
        <source>%1 not in the dataset</source>
        <translation>%1 nicht im Datensatz</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Refreshers</source>
        <translation>Folgezuteilungen</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="126"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="150"/>
        <source>Leaving after month %1: %2 unvested equity forfeited, %3 sign-on repaid (%4 in all)</source>
        <translation>Austritt nach Monat %1: %2 nicht unverfallbare Aktien verfallen, %3 Antrittsprämie zurückzuzahlen (insgesamt %4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Checker</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="27"/>
        <source>the amount is in %1 but the offer is in %2</source>
        <translation>der Betrag ist in %1, das Angebot aber in %2</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="29"/>
        <source>the amount may not be negative</source>
        <translation>der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="31"/>
        <source>amounts above %1 are not accepted</source>
        <translation>Beträge über %1 werden nicht angenommen</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="38"/>
        <source>expected %1 to %2%3</source>
        <translation>erwartet: %1 bis %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="44"/>
        <source>expected a percentage from 0 to %1</source>
        <translation>erwartet: ein Prozentsatz von 0 bis %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::BandsCommand</name>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="39"/>
        <source>Market pay band (p10-p90) for a role, location and level</source>
        <translation>Marktgehaltsspanne (p10–p90) für eine Rolle, einen Standort und eine Stufe</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="44"/>
        <source>Usage: anchorline-cli bands --role ROLE --location LOC [--level LEVEL] [--json]

Prints the annual base-pay band p10, p25, p50, p75, p90 with its source and data year, marking
estimates and top-coded values. Your imported datasets (see import) are used where they have
this exact role, location and level; otherwise the built-in BLS/DOL data.

  --role ROLE      a SOC code (15-1252) or a title (&quot;software engineer&quot;); the best match is used
  --location LOC   an area code (41940), &quot;US&quot; or a place (&quot;San Jose&quot;, &quot;Bay Area&quot;)
  --level LEVEL    entry, junior, mid, senior, staff or principal (default: all levels)
  --json           print a JSON object: role, location, level, currency, source, year,
                   percentiles, estimated, topcoded, missing, matched, ...

</source>
        <translation>Aufruf: anchorline-cli bands --role ROLLE --location ORT [--level STUFE] [--json]

Gibt die Spanne des jährlichen Grundgehalts p10, p25, p50, p75, p90 mit Quelle und Datenjahr aus und
kennzeichnet Schätzungen und nach oben begrenzte Werte. Ihre importierten Datensätze (siehe import)
werden verwendet, wo sie genau diese Rolle, diesen Standort und diese Stufe enthalten; sonst die
eingebauten BLS/DOL-Daten.

  --role ROLLE     ein SOC-Code (15-1252) oder eine Bezeichnung („software engineer“); der beste Treffer zählt
  --location ORT   ein Gebietscode (41940), „US“ oder ein Ort („San Jose“, „Bay Area“)
  --level STUFE    entry, junior, mid, senior, staff oder principal (Standard: alle Stufen)
  --json           ein JSON-Objekt ausgeben: role, location, level, currency, source, year,
                   percentiles, estimated, topcoded, missing, matched, ...

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="65"/>
        <source>bands: unexpected argument &quot;%1&quot;

</source>
        <translation>bands: unerwartetes Argument „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="67"/>
        <source>bands: --role and --location are required

</source>
        <translation>bands: --role und --location sind erforderlich

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="71"/>
        <source>bands: unknown level &quot;%1&quot; (use entry, junior, mid, senior, staff or principal)
</source>
        <translation>bands: unbekannte Stufe „%1“ (verwenden Sie entry, junior, mid, senior, staff oder principal)
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="104"/>
        <source>Role &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Rolle „%1“ verstanden als %2 (Treffer „%3“).
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="107"/>
        <source>Location &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Standort „%1“ verstanden als %2 (Treffer „%3“).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="66"/>
        <source>Usage: anchorline-cli COMMAND [OPTIONS]

Evaluates job offers against market pay and drafts negotiation emails.

Commands:
</source>
        <translation>Aufruf: anchorline-cli BEFEHL [OPTIONEN]

Bewertet Jobangebote anhand der Marktgehälter und entwirft Verhandlungs-E-Mails.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="71"/>
        <source>
Options:
  --help       Show this help, or a command&apos;s help with COMMAND --help
  --version    Show the version

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
</source>
        <translation>
Optionen:
  --help       Diese Hilfe anzeigen oder mit BEFEHL --help die Hilfe eines Befehls
  --version    Die Version anzeigen

Exit-Codes: 0 Erfolg, 1 interner Fehler, 2 fehlerhafte Eingabe oder falscher Aufruf.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="96"/>
        <source>anchorline-cli: unknown command &quot;%1&quot;; run anchorline-cli --help for the list
</source>
        <translation>anchorline-cli: unbekannter Befehl „%1“; anchorline-cli --help zeigt die Liste
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CompareCommand</name>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="30"/>
        <source>The offers of a session side by side</source>
        <translation>Die Angebote einer Sitzung nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="35"/>
        <source>Usage: anchorline-cli compare SESSION.anchorline [--json]

Prints the offers of a session side by side: total pay in years 1-4, the 4-year total and the
walk-away cost after 12 months. With --json, one object per offer in the shape of
`evaluate --json`, plus its number, label and company. An offer file counts as a session
with one offer. The client&apos;s current pay is never printed.

  SESSION      a session file (.anchorline) or an offer file; - reads standard input
  --json       print a JSON object instead of the table
</source>
        <translation>Aufruf: anchorline-cli compare SITZUNG.anchorline [--json]

Zeigt die Angebote einer Sitzung nebeneinander: Gesamtvergütung in den Jahren 1–4, die Summe über
4 Jahre und die Kosten eines Austritts nach 12 Monaten. Mit --json ein Objekt pro Angebot in der Form von
`evaluate --json`, dazu Nummer, Bezeichnung und Unternehmen. Eine Angebotsdatei zählt als Sitzung
mit einem Angebot. Das aktuelle Gehalt der Person wird nie ausgegeben.

  SITZUNG      eine Sitzungsdatei (.anchorline) oder eine Angebotsdatei; - liest die Standardeingabe
  --json       ein JSON-Objekt statt der Tabelle ausgeben
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="53"/>
        <source>compare: unknown option &quot;%1&quot;

</source>
        <translation>compare: unbekannte Option „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="58"/>
        <source>compare: expected one session file

</source>
        <translation>compare: genau eine Sitzungsdatei erwartet

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="113"/>
        <source>Offers side by side
</source>
        <translation>Angebote nebeneinander
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="114"/>
        <source>%1: offers side by side
</source>
        <translation>%1: Angebote nebeneinander
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="116"/>
        <source>Negotiating: %1
</source>
        <translation>In Verhandlung: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="118"/>
        <source>Competing offer: %1
</source>
        <translation>Konkurrenzangebot: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="119"/>
        <source>Source: the offers in the session file; amounts in each offer&apos;s currency. Equity is valued at its
grant value, not a market price. Walk-away cost = unvested equity forfeited + sign-on to repay.
</source>
        <translation>Quelle: die Angebote in der Sitzungsdatei; Beträge in der Währung des jeweiligen Angebots. Aktien werden
zum Zuteilungswert bewertet, nicht zu einem Marktpreis. Ausstiegskosten = verfallende Aktien + zurückzuzahlende Antrittsprämie.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="122"/>
        <source>Real terms: 4-year total / (BEA RPP %1 price parity of the offer&apos;s place / 100), in whole dollars.
</source>
        <translation>Kaufkraftbereinigt: Summe 4 Jahre / (Preisparität BEA RPP %1 am Ort des Angebots / 100), in ganzen Dollar.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::DatasetsCommand</name>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="35"/>
        <source>List or remove your imported datasets</source>
        <translation>Importierte Datensätze auflisten oder entfernen</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="40"/>
        <source>Usage: anchorline-cli datasets [--json]
       anchorline-cli datasets --remove NAME

Lists the datasets you imported (name, rows, sources, dates, when imported) or removes one.

  --json         print [{name, source_file, sources, oldest_date, newest_date, rows,
                 imported_at, path}]
  --remove NAME  delete the dataset NAME
</source>
        <translation>Aufruf: anchorline-cli datasets [--json]
       anchorline-cli datasets --remove NAME

Listet die importierten Datensätze auf (Name, Zeilen, Quellen, Zeitraum, Importzeitpunkt) oder entfernt einen.

  --json         [{name, source_file, sources, oldest_date, newest_date, rows,
                 imported_at, path}] ausgeben
  --remove NAME  den Datensatz NAME löschen
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="56"/>
        <source>datasets: unexpected argument &quot;%1&quot;

</source>
        <translation>datasets: unerwartetes Argument „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="63"/>
        <source>Removed dataset &quot;%1&quot;.
</source>
        <translation>Datensatz „%1“ entfernt.
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="70"/>
        <source>datasets: skipped %1
</source>
        <translation>datasets: %1 übersprungen
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="91"/>
        <source>No imported datasets (in %1).
</source>
        <translation>Keine importierten Datensätze (in %1).
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="96"/>
        <source>%1: %2 rows from %3; sources: %4; dates %5 to %6; imported %7
</source>
        <translation>%1: %2 Zeilen aus %3; Quellen: %4; Zeitraum %5 bis %6; importiert %7
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EmailCommand</name>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="155"/>
        <source>A negotiation email, phone script and ask for an offer</source>
        <translation>Eine Verhandlungs-E-Mail, ein Gesprächsleitfaden und eine Forderung für ein Angebot</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="215"/>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="224"/>
        <source>email: unknown option &quot;%1&quot;

</source>
        <translation>email: unbekannte Option „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="228"/>
        <location filename="../src/cli/EmailCommand.cpp" line="232"/>
        <source>email: expected one offer file

</source>
        <translation>email: genau eine Angebotsdatei erwartet

</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="160"/>
        <source>Usage: anchorline-cli email OFFER.json|SESSION.anchorline [--offer N] [OPTIONS] [--json]

Writes a negotiation email for the offer from a strategy (anchorline-cli strategies lists them),
with the ask per component, the reasons, guard-rail warnings and the data sources. The market band
comes from the offer&apos;s role_soc/role, location_code/location and level. Without --json the
subject and body are printed ready to paste, and warnings go to standard error.
From a session, the session&apos;s competing offer, strategy, tone, language, target percentile,
stage, base capped, forfeited pay, deadline, recruiter and client name are the defaults; the
options below override them. The session&apos;s current pay only feeds the reveals-current-pay
warning and never goes into the email.

  OFFER.json                an offer file (schema 1); - reads standard input
  SESSION.anchorline        a session file
  --offer N                 the session&apos;s Nth offer (default: the one being negotiated)
  --strategy ID             strategy id (default: the recommended one)
  --tone warm|direct|formal tone of the email (default warm)
  --lang LANG               template language (default en)
  --target-percentile N     market percentile to ask for, 10-90 (default 75)
  --competing OFFER2.json   a real, written competing offer (instead of the session&apos;s)
  --forfeited AMOUNT        unvested equity and bonus you forfeit by leaving
  --stage STAGE             startup, growth, public or government-nonprofit (default growth)
  --base-capped             the employer says base is at the top of its band
  --ready-to-sign           you would accept if the ask is met (adds the &quot;ready to sign&quot; close)
  --deadline YYYY-MM-DD     the decision deadline
  --today YYYY-MM-DD        today&apos;s date, for reproducible output (default: the system date)
  --name NAME               your name, for the sign-off
  --recruiter NAME          the recruiter&apos;s name, for the greeting
  --current-pay AMOUNT      only used to warn if the email reveals it
  --templates DIR           an extra template directory (DIR/LANG/NAME.TONE.txt) over the
                            built-in and user templates
  --json                    print a JSON object

Exit codes: 0 success (check warnings), 2 bad input, unknown strategy, tone or language, or a
broken template.
</source>
        <translation>Aufruf: anchorline-cli email ANGEBOT.json|SITZUNG.anchorline [--offer N] [OPTIONEN] [--json]

Schreibt eine Verhandlungs-E-Mail für das Angebot nach einer Strategie (anchorline-cli strategies listet sie),
mit der Forderung je Bestandteil, den Begründungen, Warnhinweisen und den Datenquellen. Die Marktspanne
ergibt sich aus role_soc/role, location_code/location und level des Angebots. Ohne --json werden
Betreff und Text zum Einfügen ausgegeben, Warnungen gehen an die Standardfehlerausgabe.
Bei einer Sitzung sind deren Konkurrenzangebot, Strategie, Tonfall, Sprache, Zielperzentil,
Unternehmensphase, Deckelung des Grundgehalts, entgangene Vergütung, Frist, Recruiter und Name der Person die
Standardwerte; die folgenden Optionen überschreiben sie. Das aktuelle Gehalt aus der Sitzung dient nur der
Warnung, dass es preisgegeben wird, und gelangt nie in die E-Mail.

  ANGEBOT.json              eine Angebotsdatei (Schema 1); - liest die Standardeingabe
  SITZUNG.anchorline        eine Sitzungsdatei
  --offer N                 das N-te Angebot der Sitzung (Standard: das verhandelte)
  --strategy ID             Strategie-ID (Standard: die empfohlene)
  --tone warm|direct|formal Tonfall der E-Mail (Standard warm)
  --lang SPRACHE            Sprache der Vorlage (Standard en)
  --target-percentile N     angestrebtes Marktperzentil, 10–90 (Standard 75)
  --competing ANGEBOT2.json ein echtes, schriftliches Konkurrenzangebot (statt dem der Sitzung)
  --forfeited BETRAG        nicht unverfallbare Aktien und Boni, die Sie durch den Wechsel verlieren
  --stage PHASE             startup, growth, public oder government-nonprofit (Standard growth)
  --base-capped             der Arbeitgeber sagt, das Grundgehalt liege am oberen Ende seiner Spanne
  --ready-to-sign           Sie würden annehmen, wenn die Forderung erfüllt wird (fügt den Schluss „bereit zu unterschreiben“ hinzu)
  --deadline JJJJ-MM-TT     die Entscheidungsfrist
  --today JJJJ-MM-TT        das heutige Datum, für reproduzierbare Ausgaben (Standard: Systemdatum)
  --name NAME               Ihr Name, für die Grußformel
  --recruiter NAME          der Name der Recruiterin oder des Recruiters, für die Anrede
  --current-pay BETRAG      nur für die Warnung, falls die E-Mail es preisgibt
  --templates VERZ          ein zusätzliches Vorlagenverzeichnis (VERZ/SPRACHE/NAME.TON.txt) vor den
                            eingebauten und den eigenen Vorlagen
  --json                    ein JSON-Objekt ausgeben

Exit-Codes: 0 Erfolg (Warnungen prüfen), 2 fehlerhafte Eingabe, unbekannte Strategie, unbekannter Tonfall oder
unbekannte Sprache, oder eine fehlerhafte Vorlage.
</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="63"/>
        <source>no market band: role &quot;%1&quot;: %2</source>
        <translation>keine Marktspanne: Rolle „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="74"/>
        <source>no market band: location &quot;%1&quot;: %2</source>
        <translation>keine Marktspanne: Standort „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="86"/>
        <source>no market band: %1</source>
        <translation>keine Marktspanne: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>unbekannte Strategie „%1“; bekannte Strategien: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="274"/>
        <source>unknown tone &quot;%1&quot;; use warm, direct or formal</source>
        <translation>unbekannter Tonfall „%1“; verwenden Sie warm, direct oder formal</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="283"/>
        <source>--target-percentile &quot;%1&quot;: expected a whole number from 10 to 90</source>
        <translation>--target-percentile „%1“: erwartet eine ganze Zahl von 10 bis 90</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="301"/>
        <source>unknown stage &quot;%1&quot;; use startup, growth, public or government-nonprofit</source>
        <translation>unbekannte Unternehmensphase „%1“; verwenden Sie startup, growth, public oder government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="312"/>
        <source>%1 &quot;%2&quot;: expected a date as YYYY-MM-DD</source>
        <translation>%1 „%2“: erwartet ein Datum im Format JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EvaluateCommand</name>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="63"/>
        <source>Year-by-year pay of an offer and the cost of leaving early</source>
        <translation>Vergütung eines Angebots Jahr für Jahr und die Kosten eines vorzeitigen Austritts</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="97"/>
        <source>evaluate: unknown option &quot;%1&quot;

</source>
        <translation>evaluate: unbekannte Option „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="102"/>
        <source>evaluate: expected one offer file

</source>
        <translation>evaluate: genau eine Angebotsdatei erwartet

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="34"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="40"/>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="44"/>
        <source>, starting %1</source>
        <translation>, Beginn %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="68"/>
        <source>Usage: anchorline-cli evaluate OFFER.json|SESSION.anchorline [--offer N] [--json]
                [--scenarios [--bear P] [--flat P] [--bull P] [--private|--public] [--discount P]]

Prints the offer&apos;s pay for years 1-4 (1-6 with refreshers): base, bonus, sign-on, equity and
refreshers vested, the 4-year total and average, and the walk-away cost (unvested equity
forfeited, sign-on to repay) after 6, 12, 18, 24 and 36 months.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.

  OFFER.json   an offer file (schema 1); - reads standard input
  SESSION.anchorline  a session file; --offer N picks its Nth offer (default: the one being
               negotiated)
  --json       print a JSON object instead of the table
</source>
        <translation>Aufruf: anchorline-cli evaluate ANGEBOT.json|SITZUNG.anchorline [--offer N] [--json]
                [--scenarios [--bear P] [--flat P] [--bull P] [--private|--public] [--discount P]]

Zeigt die Vergütung des Angebots für die Jahre 1–4 (1–6 mit Folgezuteilungen): Grundgehalt, Bonus,
Antrittsprämie, unverfallbar gewordene Aktien und Folgezuteilungen, die Summe und den Durchschnitt über
4 Jahre sowie die Ausstiegskosten (verfallende Aktien, zurückzuzahlende Antrittsprämie) nach 6, 12,
18, 24 und 36 Monaten.
Jahr N umfasst die Monate 12*(N-1)+1 bis 12*N; ein Vesting in Monat 12 zählt also zu Jahr 1.

  ANGEBOT.json eine Angebotsdatei (Schema 1); - liest die Standardeingabe
  SITZUNG.anchorline  eine Sitzungsdatei; --offer N wählt ihr N-tes Angebot (Standard: das
               verhandelte)
  --json       ein JSON-Objekt statt der Tabelle ausgeben
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Refreshers</source>
        <translation>Folgezuteilungen</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="186"/>
        <source>4-year total</source>
        <translation>Summe 4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="187"/>
        <source>4-year average</source>
        <translation>Durchschnitt 4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Leaving after</source>
        <translation>Austritt nach</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Forfeited equity</source>
        <translation>Verfallende Aktien</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Sign-on to repay</source>
        <translation>Zurückzuzahlende Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="192"/>
        <source>%1 months</source>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="197"/>
        <source>Walk-away cost
</source>
        <translation>Ausstiegskosten
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="199"/>
        <source>Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market price.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.
</source>
        <translation>Quelle: die Angebotsdatei; Beträge in %1. Aktien werden zum Zuteilungswert bewertet, nicht zu einem Marktpreis.
Jahr N umfasst die Monate 12*(N-1)+1 bis 12*N; ein Vesting in Monat 12 zählt also zu Jahr 1.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ForgetCommand</name>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="54"/>
        <source>Remove the settings, autosave snapshots and datasets Anchorline keeps</source>
        <translation>Die Einstellungen, automatischen Sicherungen und Datensätze entfernen, die Anchorline speichert</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="59"/>
        <source>Usage: anchorline-cli forget [--yes] [--json]

Lists what Anchorline keeps in your directories: its settings (recent sessions, last session,
window layout, language), autosave snapshots and imported datasets. With --yes, removes them.
Session files you saved (*.anchorline) and your own email templates are never removed.

  --yes   remove; without it nothing is changed
  --json  print {removed, items: [{kind, path, files, bytes}], kept, errors}
</source>
        <translation>Aufruf: anchorline-cli forget [--yes] [--json]

Listet auf, was Anchorline in Ihren Verzeichnissen speichert: seine Einstellungen (zuletzt geöffnete
Sitzungen, letzte Sitzung, Fensteranordnung, Sprache), automatische Sicherungen und importierte
Datensätze. Mit --yes werden sie entfernt.
Von Ihnen gespeicherte Sitzungsdateien (*.anchorline) und Ihre eigenen E-Mail-Vorlagen werden nie entfernt.

  --yes   entfernen; ohne diese Option wird nichts geändert
  --json  {removed, items: [{kind, path, files, bytes}], kept, errors} ausgeben
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="75"/>
        <source>forget: unexpected argument &quot;%1&quot;

</source>
        <translation>forget: unerwartetes Argument „%1“

</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="99"/>
        <source>Anchorline keeps nothing in %1 or %2.
</source>
        <translation>Anchorline speichert nichts in %1 oder %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Removed:
</source>
        <translation>Entfernt:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Anchorline keeps:
</source>
        <translation>Anchorline speichert:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="106"/>
        <source>Kept your session file %1
</source>
        <translation>Ihre Sitzungsdatei %1 wurde behalten
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="109"/>
        <source>Nothing was removed; run &quot;anchorline-cli forget --yes&quot; to remove these.
</source>
        <translation>Nichts wurde entfernt; führen Sie „anchorline-cli forget --yes“ aus, um diese Daten zu entfernen.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="45"/>
        <source>Import your own pay bands from a CSV file</source>
        <translation>Eigene Gehaltsspannen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="50"/>
        <source>Usage: anchorline-cli import FILE.csv --name NAME [--replace]

Checks the whole file, then stores it as the dataset NAME; with any error nothing is stored.
Header: role,level,location,currency,p10,p25,p50,p75,p90,source,date (any order; level and
currency optional; at least one percentile). Amounts are annual; dates YYYY-MM-DD, YYYY-MM or
YYYY. Imported bands take precedence over the built-in data for the same role, location and
level.

  FILE.csv        the file; - reads standard input
  --name NAME     1-64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;
  --replace       replace an existing dataset of that name

Errors are printed as FILE:LINE: message (the first 20). Exit 2 on any error.
</source>
        <translation>Aufruf: anchorline-cli import DATEI.csv --name NAME [--replace]

Prüft die ganze Datei und speichert sie dann als Datensatz NAME; bei einem Fehler wird nichts gespeichert.
Kopfzeile: role,level,location,currency,p10,p25,p50,p75,p90,source,date (beliebige Reihenfolge; level und
currency optional; mindestens ein Perzentil). Beträge sind jährlich; Datumsangaben JJJJ-MM-TT, JJJJ-MM oder
JJJJ. Importierte Spannen haben Vorrang vor den eingebauten Daten für dieselbe Rolle, denselben Standort und
dieselbe Stufe.

  DATEI.csv       die Datei; - liest die Standardeingabe
  --name NAME     1–64 Buchstaben, Ziffern, Leerzeichen, „.“, „_“ oder „-“
  --replace       einen vorhandenen Datensatz dieses Namens ersetzen

Fehler werden als DATEI:ZEILE: Meldung ausgegeben (die ersten 20). Exit-Code 2 bei jedem Fehler.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="69"/>
        <source>import: expected one CSV file

</source>
        <translation>import: genau eine CSV-Datei erwartet

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="72"/>
        <source>import: --name NAME is required

</source>
        <translation>import: --name NAME ist erforderlich

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="79"/>
        <source>import: a dataset named &quot;%1&quot; already exists; use --replace or remove it first
</source>
        <translation>import: Ein Datensatz namens „%1“ existiert bereits; verwenden Sie --replace oder entfernen Sie ihn zuerst
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="98"/>
        <source>import: checked %1%
</source>
        <translation>import: %1 % geprüft
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="106"/>
        <source>import: nothing was imported
</source>
        <translation>import: Es wurde nichts importiert
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="113"/>
        <source>Imported &quot;%1&quot;: %2 rows from %3 (sources: %4; dates %5 to %6).
Stored in %7
</source>
        <translation>„%1“ importiert: %2 Zeilen aus %3 (Quellen: %4; Zeitraum %5 bis %6).
Gespeichert in %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="118"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::LocationsCommand</name>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="32"/>
        <source>Find wage areas by city, county, state, metro name or code</source>
        <translation>Lohngebiete nach Stadt, Landkreis, Bundesstaat, Metropolregion oder Code finden</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="37"/>
        <source>Usage: anchorline-cli locations --search TEXT [--limit N] [--json]

Lists the OFLC wage areas that match TEXT, best first: metro and non-metro area names, cities in
metro names (&quot;San Jose&quot;), counties (&quot;Santa Clara County&quot;), states (&quot;TX&quot;, &quot;California&quot;: all
their areas, largest metros first), nicknames (&quot;SF&quot;, &quot;Bay Area&quot;, &quot;NYC&quot;) and &quot;US&quot; or
&quot;remote&quot; for the national figures. Case, accents and small typos do not matter.

  --search TEXT  what to look for
  --limit N      at most N results (default 10, at most 100)
  --json         print [{code, name, type, matched}] instead of lines; type is metro,
                 nonmetro or national
</source>
        <translation>Aufruf: anchorline-cli locations --search TEXT [--limit N] [--json]

Listet die OFLC-Lohngebiete auf, die zu TEXT passen, die besten zuerst: Namen von Metropol- und
Nicht-Metropolgebieten, Städte in Metropolnamen („San Jose“), Landkreise („Santa Clara County“),
Bundesstaaten („TX“, „California“: alle ihre Gebiete, die größten Metropolen zuerst), Spitznamen
(„SF“, „Bay Area“, „NYC“) sowie „US“ oder „remote“ für die landesweiten Zahlen. Groß- und
Kleinschreibung, Akzente und kleine Tippfehler spielen keine Rolle.

  --search TEXT  wonach gesucht wird
  --limit N      höchstens N Ergebnisse (Standard 10, höchstens 100)
  --json         [{code, name, type, matched}] statt Zeilen ausgeben; type ist metro,
                 nonmetro oder national
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="67"/>
        <source>No area matches &quot;%1&quot;.
</source>
        <translation>Kein Gebiet passt zu „%1“.
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="73"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (Treffer „%1“)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::MarketJson</name>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="89"/>
        <source>%1 (%2) in %3 (%4), %5
</source>
        <translation>%1 (%2) in %3 (%4), %5
</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="100"/>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="104"/>
        <source>top-coded</source>
        <translation>nach oben begrenzt</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="108"/>
        <source>not in the dataset</source>
        <translation>nicht im Datensatz</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="114"/>
        <source>Source: %1 (%2), data year %3</source>
        <translation>Quelle: %1 (%2), Datenjahr %3</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="116"/>
        <source>; your imported dataset &quot;%1&quot;</source>
        <translation>; Ihr importierter Datensatz „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="127"/>
        <source>%1; closest: %2</source>
        <translation>%1; am ähnlichsten: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OfferSource</name>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="11"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="21"/>
        <source>--offer: expected an offer number (1 for the first offer of the session)</source>
        <translation>--offer: erwartet eine Angebotsnummer (1 für das erste Angebot der Sitzung)</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="33"/>
        <source>--offer: &quot;%1&quot; is not an offer number; expected 1, 2, …</source>
        <translation>--offer: „%1“ ist keine Angebotsnummer; erwartet 1, 2, …</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="50"/>
        <source>%1: the session holds no offer
</source>
        <translation>%1: Die Sitzung enthält kein Angebot
</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="78"/>
        <source>%1: --offer %2: expected an offer number from 1 to %3</source>
        <translation>%1: --offer %2: erwartet eine Angebotsnummer von 1 bis %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OptionParser</name>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="37"/>
        <source>option %1 is given twice</source>
        <translation>Option %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="45"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 benötigt einen Wert</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="52"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="67"/>
        <source>%1 must be a whole number from 1 to %2, not &quot;%3&quot;</source>
        <translation>%1 muss eine ganze Zahl von 1 bis %2 sein, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RealTermsJson</name>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="81"/>
        <source>In real terms (%1): 4-year total %2 at 2023 US-average prices (nominal %3); amounts divided by the price parity / 100 and rounded to whole units.
</source>
        <translation>Kaufkraftbereinigt (%1): Summe 4 Jahre %2 zu US-Durchschnittspreisen von 2023 (nominal %3); Beträge durch die Preisparität / 100 geteilt und auf ganze Einheiten gerundet.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="105"/>
        <source>In real terms: not available (%1).
</source>
        <translation>Kaufkraftbereinigt: nicht verfügbar (%1).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RelocateCommand</name>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="48"/>
        <source>What pay in one place is worth in another (cost of living)</source>
        <translation>Was ein Gehalt an einem Ort an einem anderen wert ist (Lebenshaltungskosten)</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="53"/>
        <source>Usage: anchorline-cli relocate --amount AMOUNT --from PLACE --to PLACE [--json]

Prints what it takes in the --to place to match the buying power of AMOUNT in the --from
place: AMOUNT x parity(to) / parity(from), with the BEA Regional Price Parities 2023
(US = 100), rounded once to whole dollars. Areas without their own parity (new metros,
non-metro areas) use their state&apos;s, and the output says so.

  --amount AMOUNT  in US dollars, e.g. 180000, $180,000 or 180k
  --from PLACE     an OFLC area code (41940), a BEA metro code, a state (CA, California),
                   US, or a place name that names one area (&quot;San Jose&quot;, &quot;NYC&quot;)
  --to PLACE       the same for the other place
  --json           print {amount, currency, from, to, equivalent, source, year}; from and to
                   are {code, name, parity, parity_area, basis, note}
</source>
        <translation>Aufruf: anchorline-cli relocate --amount BETRAG --from ORT --to ORT [--json]

Gibt aus, was am Ort --to nötig ist, um die Kaufkraft von BETRAG am Ort --from zu erreichen:
BETRAG x Parität(to) / Parität(from), mit den BEA Regional Price Parities 2023
(US = 100), einmal auf ganze Dollar gerundet. Gebiete ohne eigene Parität (neue Metropolregionen,
Nicht-Metropolgebiete) verwenden die ihres Bundesstaats; die Ausgabe weist darauf hin.

  --amount BETRAG  in US-Dollar, z. B. 180000, $180,000 oder 180k
  --from ORT       ein OFLC-Gebietscode (41940), ein BEA-Metrocode, ein Bundesstaat (CA, California),
                   US oder ein Ortsname, der genau ein Gebiet bezeichnet („San Jose“, „NYC“)
  --to ORT         dasselbe für den anderen Ort
  --json           {amount, currency, from, to, equivalent, source, year} ausgeben; from und to
                   sind {code, name, parity, parity_area, basis, note}
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="75"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="78"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="84"/>
        <source>--amount: &quot;%1&quot; is an amount in %2, but BEA price parities compare US price levels, so they apply to amounts in US dollars only</source>
        <translation>--amount: „%1“ ist ein Betrag in %2, aber die Preisparitäten der BEA vergleichen US-Preisniveaus und gelten daher nur für Beträge in US-Dollar</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="86"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="101"/>
        <source>; did you mean: %1</source>
        <translation>; meinten Sie: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="111"/>
        <source>--amount: %1 is too large</source>
        <translation>--amount: %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="126"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, Preisparität %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="129"/>
        <source>%1 in %2
buys as much as %3 in %4.
</source>
        <translation>%1 in %2
hat dieselbe Kaufkraft wie %3 in %4.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="134"/>
        <source>Note: %1 %2.
</source>
        <translation>Hinweis: %1 %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="136"/>
        <source>Source: %1 (%2), US = 100; rounded to whole units.
</source>
        <translation>Quelle: %1 (%2), US = 100; auf ganze Einheiten gerundet.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RolesCommand</name>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="32"/>
        <source>Find occupations (SOC codes) by title, alias or code</source>
        <translation>Berufe (SOC-Codes) nach Bezeichnung, Alias oder Code finden</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="37"/>
        <source>Usage: anchorline-cli roles --search TEXT [--limit N] [--json]

Lists the occupations that match TEXT, best first: SOC 2018 titles, O*NET titles, common job
titles (&quot;SWE&quot;, &quot;ML engineer&quot;, &quot;product manager&quot;) and SOC codes (&quot;15-1252&quot;, &quot;15-12&quot;).
Case, accents, plurals and small typos do not matter.

  --search TEXT  what to look for
  --limit N      at most N results (default 10, at most 100)
  --json         print [{soc, title, matched}] instead of lines
</source>
        <translation>Aufruf: anchorline-cli roles --search TEXT [--limit N] [--json]

Listet die Berufe auf, die zu TEXT passen, die besten zuerst: SOC-2018-Bezeichnungen, O*NET-Bezeichnungen,
gängige Stellenbezeichnungen („SWE“, „ML engineer“, „product manager“) und SOC-Codes („15-1252“, „15-12“).
Groß- und Kleinschreibung, Akzente, Pluralformen und kleine Tippfehler spielen keine Rolle.

  --search TEXT  wonach gesucht wird
  --limit N      höchstens N Ergebnisse (Standard 10, höchstens 100)
  --json         [{soc, title, matched}] statt Zeilen ausgeben
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="62"/>
        <source>No occupation matches &quot;%1&quot;.
</source>
        <translation>Kein Beruf passt zu „%1“.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="67"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (Treffer „%1“)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StockScenarioJson</name>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="24"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="64"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="76"/>
        <source>4-year total</source>
        <translation>Summe 4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="81"/>
        <source>Equity under stock-price scenarios (scenarios, not forecasts)
</source>
        <translation>Aktien in Kursszenarien (Szenarien, keine Prognosen)
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="83"/>
        <source>Equity and refreshers vested per year if the share price changes by the same rate every
year from each grant date: vest x (1 + growth)^(months since grant / 12), rounded to whole units.
</source>
        <translation>Pro Jahr unverfallbar gewordene Aktien und Folgezuteilungen, wenn sich der Aktienkurs ab dem jeweiligen
Zuteilungsdatum jedes Jahr um denselben Satz ändert: Vesting x (1 + Wachstum)^(Monate seit Zuteilung / 12),
auf ganze Einheiten gerundet.
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="87"/>
        <source>Private company: values discounted by %1 to an expected value (--discount).
</source>
        <translation>Nicht börsennotiertes Unternehmen: Werte um %1 auf einen Erwartungswert gemindert (--discount).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StockScenarioOptions</name>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="49"/>
        <source>--private and --public exclude each other</source>
        <translation>--private und --public schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="65"/>
        <source>%1: missing value; expected a percentage such as -30 or 12.5</source>
        <translation>%1: Wert fehlt; erwartet wird ein Prozentsatz wie -30 oder 12.5</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="68"/>
        <source>%1: &quot;%2&quot; is not a percentage; expected a number such as -30 or 12.5</source>
        <translation>%1: „%2“ ist kein Prozentsatz; erwartet wird eine Zahl wie -30 oder 12.5</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="103"/>
        <source>  --scenarios  add the equity under yearly stock-price scenarios (bear -30 %, flat 0 %,
               bull +30 % a year from each grant date); scenarios, not forecasts
  --bear P, --flat P, --bull P  the yearly growth of a scenario in percent (-100 to 300);
               each implies --scenarios
  --private    a private company: scenario values are discounted to an expected value
               (a session&apos;s company stage decides by default: startup and growth are
               private; an offer file counts as public)
  --public     a public company: no discount
  --discount P the private-company discount in percent (default 50)
</source>
        <translation>  --scenarios  die Aktien unter jährlichen Kursszenarien hinzufügen (pessimistisch/bear -30 %,
               gleichbleibend/flat 0 %, optimistisch/bull +30 % pro Jahr ab jedem Zuteilungsdatum);
               Szenarien, keine Prognosen
  --bear P, --flat P, --bull P  das jährliche Wachstum eines Szenarios in Prozent (-100 bis 300);
               jede dieser Optionen schließt --scenarios ein
  --private    ein nicht börsennotiertes Unternehmen: Szenariowerte werden auf einen Erwartungswert
               gemindert (standardmäßig entscheidet die Unternehmensphase der Sitzung: startup und
               growth gelten als nicht börsennotiert; eine Angebotsdatei gilt als börsennotiert)
  --public     ein börsennotiertes Unternehmen: kein Abschlag
  --discount P der Abschlag für nicht börsennotierte Unternehmen in Prozent (Standard 50)
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StrategiesCommand</name>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="30"/>
        <source>The negotiation strategies, with their ids for email --strategy</source>
        <translation>Die Verhandlungsstrategien mit ihren IDs für email --strategy</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="35"/>
        <source>Usage: anchorline-cli strategies [--json]

Lists the negotiation strategies: id, name and a one-line summary.

  --json       print a JSON array of {id, name, summary}
</source>
        <translation>Aufruf: anchorline-cli strategies [--json]

Listet die Verhandlungsstrategien auf: ID, Name und eine einzeilige Zusammenfassung.

  --json       ein JSON-Array aus {id, name, summary} ausgeben
</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="45"/>
        <source>strategies: unknown argument &quot;%1&quot;

</source>
        <translation>strategies: unbekanntes Argument „%1“

</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientDirectory</name>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="37"/>
        <source>%1: cannot read this folder</source>
        <translation>%1: Dieser Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="147"/>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="184"/>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="186"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="188"/>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="190"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="192"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="194"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientListWindow</name>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="89"/>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="148"/>
        <source>Choose the Folder of Your Clients&apos; Sessions</source>
        <translation>Ordner mit den Sitzungen Ihrer Klient/innen wählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>New Client</source>
        <translation>Klient/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>Client &amp;name:</source>
        <translation>&amp;Name (Klient/in):</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="166"/>
        <source>Choose the folder of your clients&apos; sessions first.</source>
        <translation>Wählen Sie zuerst den Ordner mit den Sitzungen Ihrer Klient/innen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="170"/>
        <source>Client name: enter the client&apos;s name.</source>
        <translation>Name (Klient/in): Geben Sie den Namen ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="205"/>
        <source>Cannot Open Session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="269"/>
        <source>Choose the folder that holds your clients&apos; sessions (*.%1).</source>
        <translation>Wählen Sie den Ordner mit den Sitzungen Ihrer Klient/innen (*.%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="271"/>
        <source>No sessions in this folder yet: New Client… creates one.</source>
        <translation>Noch keine Sitzungen in diesem Ordner: „Klient/in hinzufügen…“ legt eine an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="273"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient/in</numerusform>
            <numerusform>%n Klient/innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="275"/>
        <source>%1 of %n client(s) match &quot;%2&quot;</source>
        <translation>
            <numerusform>Treffer für „%2“: %1 von %n Klient/in</numerusform>
            <numerusform>Treffer für „%2“: %1 von %n Klient/innen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::CompanyStages</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="50"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="52"/>
        <source>Growth stage</source>
        <translation>Wachstumsphase</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="54"/>
        <source>Public company</source>
        <translation>Börsennotiertes Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="58"/>
        <source>Government or non-profit</source>
        <translation>Behörde oder gemeinnützige Organisation</translation>
    </message>
</context>
<context>
    <name>Anchorline::CsvReader</name>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="59"/>
        <source>a quoted field is not closed (missing &quot;)</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen (es fehlt &quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="74"/>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataFolder</name>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="98"/>
        <source>Anchorline now keeps its data in %1; files from %2:</source>
        <translation>Anchorline speichert seine Daten jetzt in %1; Dateien aus %2:</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="100"/>
        <source>  moved %1</source>
        <translation>  %1 verschoben</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="102"/>
        <source>  %1 was already there (same content)</source>
        <translation>  %1 war bereits vorhanden (gleicher Inhalt)</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="104"/>
        <source>  kept the older of two different copies as %1</source>
        <translation>  die ältere von zwei unterschiedlichen Kopien als %1 aufbewahrt</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="106"/>
        <source>  not moved: %1</source>
        <translation>  nicht verschoben: %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="151"/>
        <location filename="../src/core/DataFolder.cpp" line="168"/>
        <location filename="../src/core/DataFolder.cpp" line="177"/>
        <source>cannot move it to %1</source>
        <translation>kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="158"/>
        <source>cannot remove the identical old copy</source>
        <translation>die identische alte Kopie kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="172"/>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht als %2 beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataSourcesDialog</name>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="34"/>
        <source>Your imported datasets</source>
        <translation>Ihre importierten Datensätze</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="37"/>
        <source>None. Import your own bands with &quot;anchorline-cli import FILE.csv --name NAME&quot;; they are stored in %1.</source>
        <translation>Keine. Importieren Sie eigene Spannen mit „anchorline-cli import DATEI.csv --name NAME“; sie werden in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="43"/>
        <source>Where one covers the role, level and place, its band is used instead of the built-in data and named as the source. Stored in %1.</source>
        <translation>Wo ein Datensatz Rolle, Stufe und Ort abdeckt, wird seine Spanne anstelle der eingebauten Daten verwendet und als Quelle genannt. Gespeichert in %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="88"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="49"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="56"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="59"/>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="65"/>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="99"/>
        <source>What the figures measure</source>
        <translation>Was die Zahlen messen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="101"/>
        <source>Government wages (BLS OEWS) are straight-time gross pay: base wage, excluding overtime, bonuses, stock and sign-on. The market band is therefore compared with the offer&apos;s base salary, not its total compensation.</source>
        <translation>Die Löhne der Behördenstatistik (BLS OEWS) sind Bruttoentgelte für die reguläre Arbeitszeit: Grundlohn ohne Überstunden, Boni, Aktien und Antrittsprämien. Die Marktspanne wird daher mit dem Grundgehalt des Angebots verglichen, nicht mit der Gesamtvergütung.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="105"/>
        <source>BLS publishes annual percentiles at or above $239,200 only as &quot;≥ $239,200&quot;. The app shows such values as lower bounds (an open arrow on the chart), never as exact figures.</source>
        <translation>Das BLS veröffentlicht jährliche Perzentile ab 239.200 $ nur als „≥ 239.200 $“. Die App zeigt solche Werte als Untergrenzen (ein offener Pfeil im Diagramm), nie als genaue Zahlen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="108"/>
        <source>The survey behind all government figures is May %1; pay has moved since. The status bar says how old the data is.</source>
        <translation>Die Erhebung hinter allen Behördenzahlen stammt vom Mai %1; die Gehälter haben sich seitdem verändert. Die Statusleiste zeigt, wie alt die Daten sind.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="112"/>
        <source>How estimates are made</source>
        <translation>Wie Schätzungen entstehen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="114"/>
        <source>Career levels</source>
        <translation>Karrierestufen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="117"/>
        <source>Secondary sources</source>
        <translation>Sekundärquellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="120"/>
        <source>Tech-industry figures for AI and software engineers (typical pay, pay by level, total compensation with stock) come from the product brief, not from government data, and are always labelled as a secondary source with their date.</source>
        <translation>Zahlen der Tech-Branche für KI- und Softwareentwickler (typisches Gehalt, Gehalt nach Stufe, Gesamtvergütung mit Aktien) stammen aus dem Produktbriefing, nicht aus Behördendaten, und sind stets mit Datum als Sekundärquelle gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="123"/>
        <source>Negotiation strategies cite their research (shown with each strategy and in the email&apos;s sources). Anchorline never goes on the network: all data is built in or imported by you.</source>
        <translation>Verhandlungsstrategien nennen ihre Forschungsgrundlagen (angezeigt bei jeder Strategie und in den Quellen der E-Mail). Anchorline greift nie auf das Netzwerk zu: Alle Daten sind eingebaut oder von Ihnen importiert.</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetImporter</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="442"/>
        <source>… and %1 more errors</source>
        <translation>… und %1 weitere Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="467"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="484"/>
        <source>the file is empty: it needs a header line and rows</source>
        <translation>die Datei ist leer: Sie braucht eine Kopfzeile und Datenzeilen</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="504"/>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetLibrary</name>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="28"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="68"/>
        <source>dataset name &quot;%1&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>der Datensatzname „%1“ muss aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, „.“, „_“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="111"/>
        <source>a dataset named &quot;%1&quot; already exists</source>
        <translation>ein Datensatz namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="113"/>
        <source>%1: cannot create the directory</source>
        <translation>%1: Das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="128"/>
        <source>no dataset named &quot;%1&quot;</source>
        <translation>kein Datensatz namens „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="134"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1: kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailComposer</name>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="195"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="192"/>
        <source>about </source>
        <translation>etwa </translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="194"/>
        <source>the United States</source>
        <translation>die Vereinigten Staaten</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailDraft</name>
    <message>
        <location filename="../src/core/NegotiationPlan.cpp" line="9"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailTones</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="92"/>
        <source>Warm</source>
        <translation>Herzlich</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="94"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="98"/>
        <source>Formal</source>
        <translation>Förmlich</translation>
    </message>
</context>
<context>
    <name>Anchorline::EquityScenarioChart</name>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="29"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="43"/>
        <source>Equity under stock-price scenarios</source>
        <translation>Aktien in Kursszenarien</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="44"/>
        <source>Equity vested per year under stock-price scenarios</source>
        <translation>Pro Jahr unverfallbar gewordene Aktien in Kursszenarien</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="48"/>
        <source>range of the scenarios</source>
        <translation>Spannweite der Szenarien</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="63"/>
        <source>Year of employment</source>
        <translation>Beschäftigungsjahr</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="64"/>
        <source>Scenarios, not forecasts: equity and refreshers vested per year if the share price changes by the same rate every year from each grant date, vest × (1 + growth)^(months since grant ÷ 12). Grant values: your offer.</source>
        <translation>Szenarien, keine Prognosen: pro Jahr unverfallbar gewordene Aktien und Folgezuteilungen, wenn sich der Aktienkurs ab dem jeweiligen Zuteilungsdatum jedes Jahr um denselben Satz ändert, Vesting × (1 + Wachstum)^(Monate seit Zuteilung ÷ 12). Zuteilungswerte: Ihr Angebot.</translation>
    </message>
</context>
<context>
    <name>Anchorline::ForgetDataAction</name>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="34"/>
        <source>&amp;Forget All Data…</source>
        <translation>Alle Daten ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="40"/>
        <source>Remove Anchorline&apos;s settings, autosave snapshots and imported datasets from this computer</source>
        <translation>Die Einstellungen, automatischen Sicherungen und importierten Datensätze von Anchorline von diesem Computer entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="53"/>
        <source>Anchorline keeps no data on this computer yet.</source>
        <translation>Anchorline hat auf diesem Computer noch keine Daten gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="54"/>
        <source>Anchorline will remove:</source>
        <translation>Anchorline entfernt:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="57"/>
        <source>Session files you saved (*.anchorline) and your own email templates are kept. Until you quit, Anchorline will store no settings and no autosave snapshots.

Forget all data?</source>
        <translation>Von Ihnen gespeicherte Sitzungsdateien (*.anchorline) und Ihre eigenen E-Mail-Vorlagen bleiben erhalten. Bis Sie Anchorline beenden, speichert es keine Einstellungen und keine automatischen Sicherungen mehr.

Alle Daten entfernen?</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="59"/>
        <source>Forget All Data</source>
        <translation>Alle Daten entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="69"/>
        <source>Nothing was stored, so nothing was removed.</source>
        <translation>Es war nichts gespeichert, daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="70"/>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="72"/>
        <source>Kept your session files:</source>
        <translation>Behaltene Sitzungsdateien:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="74"/>
        <source>Some Data Was Not Removed</source>
        <translation>Einige Daten wurden nicht entfernt</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="75"/>
        <source>Could not remove:</source>
        <translation>Konnte nicht entfernt werden:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="77"/>
        <source>Data Forgotten</source>
        <translation>Daten entfernt</translation>
    </message>
</context>
<context>
    <name>Anchorline::GuardRailChecker</name>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="106"/>
        <source>The competing-offer strategy needs a real, written competing offer. Enter it, or choose another strategy; never cite an offer you do not have.</source>
        <translation>Die Strategie mit Konkurrenzangebot braucht ein echtes, schriftliches Konkurrenzangebot. Geben Sie es ein oder wählen Sie eine andere Strategie; führen Sie nie ein Angebot an, das Sie nicht haben.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="113"/>
        <source>There is no market band for this role and location, so the email has no market sentence and band-based asks stay at the offer.</source>
        <translation>Für diese Rolle und diesen Standort gibt es keine Marktspanne; die E-Mail enthält daher keinen Marktsatz, und spannenbasierte Forderungen bleiben beim Angebot.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="127"/>
        <source>The ask for %1 (%2) is below the offer (%3). Never counter below what is already offered.</source>
        <translation>Die Forderung für %1 (%2) liegt unter dem Angebot (%3). Fordern Sie nie weniger als bereits angeboten.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="136"/>
        <source>The ask is not above the offer. Choose a higher target percentile or another strategy (for example non-cash levers).</source>
        <translation>Die Forderung liegt nicht über dem Angebot. Wählen Sie ein höheres Zielperzentil oder eine andere Strategie (zum Beispiel Hebel außerhalb des Gehalts).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="154"/>
        <source>The base ask %1 is more than 10 % above the market&apos;s p90 (%2). Extreme first offers can offend and end talks; consider a lower target.</source>
        <translation>Die Forderung beim Grundgehalt von %1 liegt mehr als 10 % über dem p90 des Marktes (%2). Extreme Erstforderungen können verärgern und Gespräche beenden; erwägen Sie ein niedrigeres Ziel.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="167"/>
        <source>The ask (%1 in base, sign-on, equity per year and refresh) is more than 25 % above the offer (%2) and there is no competing offer to justify it.</source>
        <translation>Die Forderung (%1 aus Grundgehalt, Antrittsprämie, Aktien pro Jahr und Folgezuteilungen) liegt mehr als 25 % über dem Angebot (%2), und kein Konkurrenzangebot rechtfertigt sie.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="186"/>
        <source>%1 is more precise than it needs to be: recruiters read very precise numbers as arbitrary. Consider %2 and give the reason.</source>
        <translation>%1 ist genauer als nötig: Sehr genaue Zahlen wirken auf Recruiter willkürlich. Erwägen Sie %2 und nennen Sie den Grund.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="202"/>
        <source>A range that ends at your target (%1) invites the employer to pick its bottom. Start the range at the target instead (a bolstering range, e.g. %1 to %2).</source>
        <translation>Eine Spanne, die bei Ihrem Ziel (%1) endet, lädt den Arbeitgeber ein, ihr unteres Ende zu wählen. Beginnen Sie die Spanne stattdessen beim Ziel (eine stützende Spanne, z. B. %1 bis %2).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="238"/>
        <source>The competing offer (%1 a year on average) is not higher than this offer (%2): don&apos;t cite it. It stays out of the email.</source>
        <translation>Das Konkurrenzangebot (%1 im Jahresdurchschnitt) ist nicht höher als dieses Angebot (%2): Führen Sie es nicht an. Es bleibt aus der E-Mail heraus.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="255"/>
        <source>The decision is due %1, less than a week away: ask for time before you reply (the ask-for-time email asks for a specific date), and speed up your other processes.</source>
        <translation>Die Entscheidung ist am %1 fällig, in weniger als einer Woche: Bitten Sie um Bedenkzeit, bevor Sie antworten (die E-Mail zur Bedenkzeit nennt ein konkretes Datum), und beschleunigen Sie Ihre anderen Bewerbungsverfahren.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="296"/>
        <source>&quot;%1&quot; reads as an ultimatum. Ultimatums push the other side to walk away; state the ask and the reason positively instead.</source>
        <translation>„%1“ klingt wie ein Ultimatum. Ultimaten bringen die Gegenseite dazu, die Gespräche abzubrechen; formulieren Sie Forderung und Grund stattdessen positiv.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="317"/>
        <source>The email reveals your current pay. Pay history anchors the employer low; base the ask on the market instead (some places forbid employers to ask).</source>
        <translation>Die E-Mail verrät Ihr aktuelles Gehalt. Die Gehaltshistorie verankert den Arbeitgeber niedrig; stützen Sie die Forderung stattdessen auf den Markt (manche Orte verbieten Arbeitgebern die Frage danach).</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportRun</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="229"/>
        <source>unknown column &quot;%1&quot; (the columns are %2)</source>
        <translation>unbekannte Spalte „%1“ (die Spalten sind %2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="235"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="240"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="243"/>
        <source>no percentile column: add at least one of p10, p25, p50, p75, p90</source>
        <translation>keine Perzentilspalte: Fügen Sie mindestens eine von p10, p25, p50, p75, p90 hinzu</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="250"/>
        <source>role is empty</source>
        <translation>die Rolle ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="256"/>
        <source>role &quot;%1&quot; is not a SOC code or a known title; closest: %2</source>
        <translation>die Rolle „%1“ ist weder ein SOC-Code noch eine bekannte Bezeichnung; am ähnlichsten: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="263"/>
        <source>location is empty</source>
        <translation>der Standort ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="269"/>
        <source>location &quot;%1&quot; is not an area code, &quot;US&quot; or the name of exactly one area; closest: %2</source>
        <translation>der Standort „%1“ ist weder ein Gebietscode noch „US“ noch der Name genau eines Gebiets; am ähnlichsten: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="283"/>
        <source>%1 &quot;%2&quot; is not an amount: %3</source>
        <translation>%1 „%2“ ist kein Betrag: %3</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="291"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 ist negativ (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="296"/>
        <source>%1 %2 %3 is not a plausible annual salary (allowed %4 to %5)</source>
        <translation>%1 %2 %3 ist kein plausibles Jahresgehalt (erlaubt %4 bis %5)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="320"/>
        <source>same role, location and level as line %1</source>
        <translation>gleiche Rolle, gleicher Standort und gleiche Stufe wie in Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="338"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="359"/>
        <source>level &quot;%1&quot; is not one of entry, junior, mid, senior, staff, principal (or empty for all levels)</source>
        <translation>die Stufe „%1“ ist keine von entry, junior, mid, senior, staff, principal (oder leer für alle Stufen)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="372"/>
        <source>currency is empty</source>
        <translation>die Währung ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="374"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>unbekannte Währung „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="383"/>
        <source>date &quot;%1&quot; is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>das Datum „%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT, JJJJ-MM oder JJJJ)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="385"/>
        <source>date %1 is in the future</source>
        <translation>das Datum %1 liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="392"/>
        <source>source is empty: say where the figures come from</source>
        <translation>die Quelle ist leer: Geben Sie an, woher die Zahlen stammen</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="408"/>
        <source>no amount: give at least one of p10, p25, p50, p75, p90</source>
        <translation>kein Betrag: Geben Sie mindestens eines von p10, p25, p50, p75, p90 an</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="422"/>
        <source>percentiles decrease: %1 (%2) is below %3 (%4)</source>
        <translation>die Perzentile fallen: %1 (%2) liegt unter %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportedDataset</name>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="168"/>
        <source>Imported from your dataset &quot;%1&quot; (%2). Percentiles the file does not give are missing, not estimated.</source>
        <translation>Importiert aus Ihrem Datensatz „%1“ (%2). Perzentile, die die Datei nicht angibt, fehlen und werden nicht geschätzt.</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="230"/>
        <source>not an Anchorline dataset file</source>
        <translation>keine Anchorline-Datensatzdatei</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="233"/>
        <source>dataset format version %1 is not supported (this version reads %2)</source>
        <translation>das Datensatzformat Version %1 wird nicht unterstützt (diese Version liest %2)</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="241"/>
        <source>the dataset header is damaged</source>
        <translation>der Kopf des Datensatzes ist beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="246"/>
        <location filename="../src/core/ImportedDataset.cpp" line="253"/>
        <source>the dataset tables are damaged</source>
        <translation>die Tabellen des Datensatzes sind beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="280"/>
        <source>row %1 of the dataset is damaged</source>
        <translation>Zeile %1 des Datensatzes ist beschädigt</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="289"/>
        <source>the dataset should hold %1 rows but holds %2</source>
        <translation>der Datensatz sollte %1 Zeilen enthalten, enthält aber %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::InputFile</name>
    <message>
        <location filename="../src/core/InputFile.cpp" line="88"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="90"/>
        <source>%1: the file is too large (%2); files of this kind are read up to %3</source>
        <translation>%1: Die Datei ist zu groß (%2); Dateien dieser Art werden bis %3 gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="105"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="111"/>
        <source>%1: the input is too large (more than %2 were read)</source>
        <translation>%1: Die Eingabe ist zu groß (mehr als %2 gelesen)</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="118"/>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>die Datei ist UTF-32-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="120"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="124"/>
        <source>a NUL byte: the file is binary or UTF-16/UTF-32, not UTF-8 text; save it as UTF-8</source>
        <translation>ein NUL-Byte: Die Datei ist binär oder UTF-16/UTF-32, kein UTF-8-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="128"/>
        <source>byte 0x%1 is not UTF-8; save the file as UTF-8</source>
        <translation>Byte 0x%1 ist kein UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgression</name>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="56"/>
        <source>%1 median base, your dataset &quot;%2&quot;</source>
        <translation>%1 Median-Grundgehalt, Ihr Datensatz „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="63"/>
        <source>Solid line: median base pay by level in %1; levels it gives no median for are left out</source>
        <translation>Durchgezogene Linie: Median-Grundgehalt nach Stufe, %1; Stufen, für die diese Daten keinen Median angeben, sind ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="83"/>
        <source>%1 (secondary)</source>
        <translation>%1 (Sekundärquelle)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="97"/>
        <source>%1 median base</source>
        <translation>%1 Median-Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="103"/>
        <source>Dashed lines: median base pay by level, %1, %2 (level bands are modelled estimates)</source>
        <translation>Gestrichelte Linien: Median-Grundgehalt nach Stufe, %1, %2 (Stufenspannen sind modellierte Schätzungen)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="115"/>
        <source>Bars: %1; early-career (L3), mid-level (L4) and senior (L5) shown at Entry, Mid-level and Senior</source>
        <translation>Balken: %1; Berufseinstieg (L3), mittlere Stufe (L4) und Senior (L5) als Einstieg, Mittlere Stufe und Senior dargestellt</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgressionChart</name>
    <message>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="29"/>
        <source>Pay progression by level</source>
        <translation>Gehaltsentwicklung nach Stufe</translation>
    </message>
</context>
<context>
    <name>Anchorline::LocationSearch</name>
    <message>
        <location filename="../src/core/LocationSearch.cpp" line="76"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>Anchorline::MainWindow</name>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="138"/>
        <source>Market band</source>
        <translation>Marktspanne</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="140"/>
        <source>Year by year</source>
        <translation>Jahr für Jahr</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="142"/>
        <source>By level</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="145"/>
        <source>Walk-away cost</source>
        <translation>Ausstiegskosten</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="154"/>
        <source>Role comparison</source>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="169"/>
        <source>Stock scenarios</source>
        <translation>Kursszenarien</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="170"/>
        <source>Stock &amp;Scenarios</source>
        <translation>&amp;Kursszenarien</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="194"/>
        <source>Cost of living</source>
        <translation>Lebenshaltungskosten</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="195"/>
        <source>Cost of &amp;Living</source>
        <translation>&amp;Lebenshaltungskosten</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="216"/>
        <source>&amp;Offers</source>
        <translation>A&amp;ngebote</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="221"/>
        <source>&amp;Compare Offers</source>
        <translation>Angebote ver&amp;gleichen</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="239"/>
        <source>Compare offers</source>
        <translation>Angebote vergleichen</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="274"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="308"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="322"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="323"/>
        <source>The new language takes effect after you restart Anchorline.</source>
        <translation>Die neue Sprache wird nach einem Neustart von Anchorline wirksam.</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="326"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="345"/>
        <source>Notes &amp; History</source>
        <translation>Notizen &amp; Verlauf</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="351"/>
        <source>&amp;Notes &amp;&amp; History</source>
        <translation>&amp;Notizen &amp;&amp; Verlauf</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="354"/>
        <source>Show the client&apos;s notes and the history of asks and answers</source>
        <translation>Notizen und Verlauf der Forderungen und Antworten anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="363"/>
        <source>&amp;Clients…</source>
        <translation>&amp;Klient/innen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="366"/>
        <source>The sessions in your clients&apos; folder: search them, open one, add a client</source>
        <translation>Die Sitzungen im Ordner Ihrer Klient/innen: durchsuchen, eine öffnen, Klient/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="573"/>
        <source>Check %1 (the charts show the last valid inputs)</source>
        <translation>Prüfen Sie %1 (die Diagramme zeigen die letzten gültigen Eingaben)</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="580"/>
        <source>Compared with: %1 (%2) in %3</source>
        <translation>Verglichen mit: %1 (%2) in %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::MarketBandChart</name>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="48"/>
        <source>Market band</source>
        <translation>Marktspanne</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="126"/>
        <source>Annual base pay</source>
        <translation>Jährliches Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="69"/>
        <source>median (p50)</source>
        <translation>Median (p50)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="71"/>
        <source>offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="73"/>
        <source>ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="168"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="170"/>
        <source>No market band for this role and place</source>
        <translation>Keine Marktspanne für diese Rolle und diesen Ort</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="232"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask (same as the offer)</source>
        <translation>Forderung (gleich dem Angebot)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>estimated (modelled)</source>
        <translation>geschätzt (modelliert)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Anchorline::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="131"/>
        <source>&quot;%1&quot; is another currency; this amount is in %2</source>
        <translation>„%1“ ist eine andere Währung; dieser Betrag ist in %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="145"/>
        <source>there is more than one minus sign</source>
        <translation>es gibt mehr als ein Minuszeichen</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="150"/>
        <location filename="../src/core/Money.cpp" line="183"/>
        <source>the currency appears more than once</source>
        <translation>die Währung kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="157"/>
        <source>&quot;%1&quot; before the number is not part of an amount; enter just the amount</source>
        <translation>„%1“ vor der Zahl gehört nicht zu einem Betrag; geben Sie nur den Betrag ein</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="192"/>
        <source>the minus sign goes before the number, as in -%1</source>
        <translation>das Minuszeichen steht vor der Zahl, etwa -%1</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="197"/>
        <source>enter one amount, not a range or a calculation</source>
        <translation>geben Sie einen einzelnen Betrag ein, keine Spanne und keine Rechnung</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="204"/>
        <source>&quot;%1&quot; is in scientific notation; write the amount in full, such as 100000 or 100k</source>
        <translation>„%1“ ist in wissenschaftlicher Schreibweise; schreiben Sie den Betrag aus, etwa 100000 oder 100k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="212"/>
        <source>&quot;%1&quot; inside the number is not a digit</source>
        <translation>„%1“ in der Zahl ist keine Ziffer</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="214"/>
        <source>&quot;%1&quot; after the number is not part of an amount; enter just the amount</source>
        <translation>„%1“ nach der Zahl gehört nicht zu einem Betrag; geben Sie nur den Betrag ein</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="237"/>
        <source>&quot;%1&quot; inside the number may only separate groups of three digits, as in %2</source>
        <translation>„%1“ in der Zahl darf nur Dreiergruppen von Ziffern trennen, etwa %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="243"/>
        <source>a space inside the number may only separate groups of three digits, as in 187 500</source>
        <translation>ein Leerzeichen in der Zahl darf nur Dreiergruppen von Ziffern trennen, etwa 187 500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="390"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>unbekannte Währung „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="406"/>
        <source>enter an amount such as 187500, 187,500 or 187.5k</source>
        <translation>geben Sie einen Betrag ein, etwa 187500, 187,500 oder 187.5k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="425"/>
        <source>a negative amount takes a minus sign or parentheses, not both</source>
        <translation>ein negativer Betrag hat ein Minuszeichen oder Klammern, nicht beides</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="463"/>
        <source>the number has more than one decimal separator &quot;%1&quot;; write at most one, as in %2</source>
        <translation>die Zahl hat mehr als ein Dezimaltrennzeichen „%1“; schreiben Sie höchstens eines, etwa %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="485"/>
        <source>commas inside the number may only separate groups of three digits, as in 187,500</source>
        <translation>Kommas in der Zahl dürfen nur Dreiergruppen von Ziffern trennen, etwa 187,500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="486"/>
        <source>periods inside the number may only separate groups of three digits, as in 187.500</source>
        <translation>Punkte in der Zahl dürfen nur Dreiergruppen von Ziffern trennen, etwa 187.500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="500"/>
        <source>%1 amounts have no decimal places</source>
        <translation>Beträge in %1 haben keine Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="501"/>
        <source>an amount has at most %1 decimal places</source>
        <translation>ein Betrag hat höchstens %1 Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="511"/>
        <source>amounts above %1 are not accepted</source>
        <translation>Beträge über %1 werden nicht angenommen</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="515"/>
        <source>the amount may not be negative</source>
        <translation>der Betrag darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>Anchorline::MoneyLineEdit</name>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="35"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="104"/>
        <source>enter an amount, e.g. 187,500 or 187.5k</source>
        <translation>geben Sie einen Betrag ein, z. B. 187,500 oder 187.5k</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationEngine</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>unbekannte Strategie „%1“; bekannte Strategien: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="275"/>
        <source>no templates for language &quot;%1&quot;; available: %2</source>
        <translation>keine Vorlagen für die Sprache „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="306"/>
        <source>Package %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="313"/>
        <source>%1, %2 (your imported dataset &quot;%3&quot;)</source>
        <translation>%1, %2 (Ihr importierter Datensatz „%3“)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="324"/>
        <source>%1 (OEWS survey year %2)</source>
        <translation>%1 (OEWS-Erhebungsjahr %2)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="329"/>
        <source>Estimated values: %1</source>
        <translation>Geschätzte Werte: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationHistoryModel</name>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="73"/>
        <source>History row %1, %2</source>
        <translation>Verlauf, Zeile %1, %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="127"/>
        <source>Asked</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="129"/>
        <source>Asked amount</source>
        <translation>Geforderter Betrag</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="131"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="133"/>
        <source>Answer amount</source>
        <translation>Betrag der Antwort</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="135"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="178"/>
        <source>%1: &quot;%2&quot; is not an outcome</source>
        <translation>%1: „%2“ ist kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationPanel</name>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="45"/>
        <source>Base salary</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="47"/>
        <source>Sign-on bonus</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="49"/>
        <source>Equity per year</source>
        <translation>Aktien pro Jahr</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="51"/>
        <source>Refreshers per year</source>
        <translation>Folgezuteilungen pro Jahr</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="161"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="212"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (empfohlen)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="222"/>
        <source>%1 (needs more input)</source>
        <translation>%1 (benötigt weitere Angaben)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="235"/>
        <source>Offered base %1: %2 of %3 pay for %4 in %5 (%6).</source>
        <translation>Angebotenes Grundgehalt %1: %2 der Gehälter für %3 bei %4 in %5 (%6).</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="256"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="261"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="284"/>
        <source>Blocked: </source>
        <translation>Blockiert: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="285"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="379"/>
        <source>A blocking warning above must be fixed first.</source>
        <translation>Zuerst muss eine blockierende Warnung oben behoben werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="380"/>
        <source>Copy the subject and body to the clipboard</source>
        <translation>Betreff und Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="382"/>
        <source>Start a new message in your mail app with this text</source>
        <translation>Eine neue Nachricht mit diesem Text in Ihrem E-Mail-Programm beginnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="398"/>
        <source>Open in mail app</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="399"/>
        <source>No mail app accepted the message. Use Copy email and paste it instead.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht angenommen. Verwenden Sie stattdessen „E-Mail kopieren“ und fügen Sie den Text ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="405"/>
        <source>negotiation-email.txt</source>
        <translation>verhandlungs-email.txt</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="412"/>
        <source>Save email as text</source>
        <translation>E-Mail als Text speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="417"/>
        <source>Start your ask above the median</source>
        <translation>Beginnen Sie Ihre Forderung über dem Median</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="418"/>
        <source>You&apos;ll rarely be offered more than you ask, so anchor high and let the employer negotiate you down.</source>
        <translation>Man bekommt selten mehr angeboten, als man fordert: Setzen Sie den Anker hoch und lassen Sie den Arbeitgeber herunterverhandeln.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="420"/>
        <source>Aim at the 75th percentile of the market band, not the median.</source>
        <translation>Zielen Sie auf das 75. Perzentil der Marktspanne, nicht auf den Median.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="421"/>
        <source>Use a moderately precise number ($187,500, not $190,000) with a reason.</source>
        <translation>Nennen Sie eine mäßig präzise Zahl (187.500 $, nicht 190.000 $) mit einer Begründung.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="422"/>
        <source>Raise the target percentile</source>
        <translation>Zielperzentil erhöhen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="428"/>
        <source>Say &quot;market data puts this role at $X–$Y&quot;</source>
        <translation>Sagen Sie: „Laut Marktdaten liegt diese Rolle bei X–Y $“</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="429"/>
        <source>External benchmarks are harder to argue against than personal expectations: &quot;I was hoping for more&quot; gives the recruiter nothing to take to the hiring manager.</source>
        <translation>Gegen externe Vergleichswerte lässt sich schwerer argumentieren als gegen persönliche Erwartungen: „Ich hatte auf mehr gehofft“ gibt dem Recruiter nichts an die Hand, was er der einstellenden Führungskraft vorlegen kann.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="431"/>
        <source>Name the source and its year; the email does this for you.</source>
        <translation>Nennen Sie die Quelle und ihr Jahr; die E-Mail erledigt das für Sie.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="432"/>
        <source>Never reveal your current pay.</source>
        <translation>Verraten Sie nie Ihr aktuelles Gehalt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="433"/>
        <source>Use the market-anchored counter</source>
        <translation>Marktverankertes Gegenangebot verwenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="437"/>
        <source>When base is stuck, move other levers</source>
        <translation>Wenn das Grundgehalt feststeht, bewegen Sie andere Hebel</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="438"/>
        <source>Total compensation has more levers than base alone: equity and its vesting schedule, a signing bonus, accelerated refresh grants.</source>
        <translation>Die Gesamtvergütung hat mehr Hebel als das Grundgehalt allein: Aktien und ihr Vesting-Plan, eine Antrittsprämie, vorgezogene Folgezuteilungen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="440"/>
        <source>Ask for all levers in one message, in priority order.</source>
        <translation>Fordern Sie alle Hebel in einer Nachricht, nach Priorität geordnet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="441"/>
        <source>A sign-on bonus sits outside the salary band and sets no precedent.</source>
        <translation>Eine Antrittsprämie liegt außerhalb der Gehaltsspanne und schafft keinen Präzedenzfall.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="442"/>
        <source>Add a sign-on lever</source>
        <translation>Hebel Antrittsprämie hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="446"/>
        <source>Ask for 48 hours to review</source>
        <translation>Bitten Sie um 48 Stunden Bedenkzeit</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="447"/>
        <source>This creates time to counter and signals that you take the offer seriously — not that you are uncertain.</source>
        <translation>So gewinnen Sie Zeit für ein Gegenangebot und zeigen, dass Sie das Angebot ernst nehmen – nicht, dass Sie unsicher sind.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="449"/>
        <source>Don&apos;t decide on the call; thank them and ask for the offer in writing.</source>
        <translation>Entscheiden Sie nicht im Gespräch; bedanken Sie sich und bitten Sie um das Angebot in schriftlicher Form.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="450"/>
        <source>Ask for a specific date, especially when the deadline is under a week.</source>
        <translation>Bitten Sie um ein konkretes Datum, besonders wenn die Frist kürzer als eine Woche ist.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="451"/>
        <source>Insert the ask-for-time email</source>
        <translation>E-Mail zur Bedenkzeit einfügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="460"/>
        <source>Stronger approach:</source>
        <translation>Stärkerer Ansatz:</translation>
    </message>
</context>
<context>
    <name>Anchorline::NotesHistoryPanel</name>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="28"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="159"/>
        <source>Edit history</source>
        <translation>Verlauf bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="215"/>
        <source>Add round</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="230"/>
        <source>Remove round</source>
        <translation>Runde löschen</translation>
    </message>
</context>
<context>
    <name>Anchorline::ObjectReader</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="73"/>
        <source>unknown key; expected one of %1</source>
        <translation>unbekannter Schlüssel; erwartet einer von %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="90"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="109"/>
        <source>expected a whole number, got %1</source>
        <translation>erwartet eine ganze Zahl, erhalten %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="127"/>
        <source>a percentage such as 10 or 3.5</source>
        <translation>ein Prozentsatz wie 10 oder 3.5</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="133"/>
        <source>a percentage has at most two decimal places</source>
        <translation>ein Prozentsatz hat höchstens zwei Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="151"/>
        <source>an amount such as 187500, 1234.56 or &quot;$187,500&quot;</source>
        <translation>ein Betrag wie 187500, 1234.56 oder &quot;$187,500&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="178"/>
        <source>an object { ... }</source>
        <translation>ein Objekt { ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="189"/>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="200"/>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Offer</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="61"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>unbekannte Währung „%1“; erwartet ein ISO-Code wie USD oder EUR</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="66"/>
        <source>expected the yearly base salary, more than 0</source>
        <translation>erwartet das jährliche Grundgehalt, mehr als 0</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="73"/>
        <source>give either bonus_percent or bonus_fixed, not both</source>
        <translation>geben Sie entweder bonus_percent oder bonus_fixed an, nicht beides</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="78"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="83"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferBriefReport</name>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="82"/>
        <source>Offer brief</source>
        <translation>Angebotsübersicht</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="83"/>
        <source>Offer brief — %1</source>
        <translation>Angebotsübersicht – %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="114"/>
        <source>Prepared %1 with Anchorline. Current pay is private and not shown.</source>
        <translation>Erstellt am %1 mit Anchorline. Das aktuelle Gehalt ist vertraulich und wird nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="122"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="245"/>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="124"/>
        <source>Bonus (fixed)</source>
        <translation>Bonus (fest)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="127"/>
        <source>Target bonus</source>
        <translation>Zielbonus</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="129"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="246"/>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="132"/>
        <source>Equity grant (%1 years)</source>
        <translation>Aktienzuteilung (%1 Jahre)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="134"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="247"/>
        <source>Yearly refresher</source>
        <translation>Jährliche Folgezuteilung</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="136"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="137"/>
        <source>Target percentile</source>
        <translation>Zielperzentil</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>The offer</source>
        <translation>Das Angebot</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>Market band (base pay)</source>
        <translation>Marktspanne (Grundgehalt)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="157"/>
        <source>(estimate)</source>
        <translation>(Schätzung)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="161"/>
        <source>Offer base: %1. Source: %2.</source>
        <translation>Grundgehalt des Angebots: %1. Quelle: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="179"/>
        <source>4 years</source>
        <translation>4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="180"/>
        <source>Year by year (computed from the offer&apos;s terms)</source>
        <translation>Jahr für Jahr (berechnet aus den Bedingungen des Angebots)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="224"/>
        <source>Market percentiles: %1.</source>
        <translation>Marktperzentile: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="235"/>
        <source>The ask — %1</source>
        <translation>Die Forderung – %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="242"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="244"/>
        <source>%1: %2 (offered %3)</source>
        <translation>%1: %2 (angeboten %3)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="248"/>
        <source>Equity per year</source>
        <translation>Aktien pro Jahr</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="254"/>
        <source>Level: %1 (offered %2)</source>
        <translation>Stufe: %1 (angeboten %2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="259"/>
        <source>No change to the numbers; the email asks for the levers below.</source>
        <translation>Keine Änderung an den Zahlen; die E-Mail fordert die folgenden Hebel.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="263"/>
        <source>Check: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="226"/>
        <source>Offers side by side</source>
        <translation>Angebote nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="234"/>
        <source>The ask</source>
        <translation>Die Forderung</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>The email</source>
        <translation>Die E-Mail</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="287"/>
        <source>Year-by-year pay is computed from the offer&apos;s own terms, not from market data.</source>
        <translation>Die jährliche Vergütung wird aus den Bedingungen des Angebots selbst berechnet, nicht aus Marktdaten.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="288"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonChart</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="33"/>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="34"/>
        <source>Offers year by year</source>
        <translation>Angebote Jahr für Jahr</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="101"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="112"/>
        <source>%1, estimated part</source>
        <translation>%1, geschätzter Teil</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="139"/>
        <source>Computed from each offer&apos;s terms as entered. Solid: base and sign-on; hatched: the estimated part (target bonus, and equity and refreshers valued at grant).</source>
        <translation>Berechnet aus den eingegebenen Bedingungen jedes Angebots. Ausgefüllt: Grundgehalt und Antrittsprämie; schraffiert: der geschätzte Teil (Zielbonus sowie Aktien und Folgezuteilungen zum Zuteilungswert).</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="142"/>
        <source>Market percentiles in the table: %1</source>
        <translation>Marktperzentile in der Tabelle: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonModel</name>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="134"/>
        <source>This offer cannot be evaluated yet:
%1</source>
        <translation>Dieses Angebot kann noch nicht bewertet werden:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="143"/>
        <source>No market band for this role, level and location</source>
        <translation>Keine Marktspanne für diese Rolle, diese Stufe und diesen Standort</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="150"/>
        <source>Base salary against the market band. Source: %1</source>
        <translation>Grundgehalt im Vergleich zur Marktspanne. Quelle: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="164"/>
        <source>No real terms: %1</source>
        <translation>Kein kaufkraftbereinigter Wert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="171"/>
        <source>The 4-year total divided by the place&apos;s price parity / 100: what it buys at 2023 US-average prices. Source: %1</source>
        <translation>Die Summe über 4 Jahre geteilt durch die Preisparität des Orts / 100: was sie zu US-Durchschnittspreisen von 2023 kauft. Quelle: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="204"/>
        <source>Unvested equity forfeited plus sign-on repaid when leaving after 12 months</source>
        <translation>Verfallende nicht unverfallbare Aktien plus zurückgezahlte Antrittsprämie bei Austritt nach 12 Monaten</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="206"/>
        <source>Of which %1 is estimated: the target bonus, and equity and refreshers at their grant value</source>
        <translation>Davon sind %1 geschätzt: der Zielbonus sowie Aktien und Folgezuteilungen zum Zuteilungswert</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="228"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="230"/>
        <source>4-year total</source>
        <translation>Summe 4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="232"/>
        <source>Market percentile (base)</source>
        <translation>Marktperzentil (Grundgehalt)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="234"/>
        <source>Walk-away cost at 12 months</source>
        <translation>Ausstiegskosten nach 12 Monaten</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="236"/>
        <source>4-year total in real terms (BEA RPP, 2023 US prices)</source>
        <translation>Summe 4 Jahre kaufkraftbereinigt (BEA RPP, US-Preise 2023)</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="21"/>
        <source>Offers side by side</source>
        <translation>Angebote nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="23"/>
        <source>Each offer&apos;s pay year by year, its market percentile and what leaving early costs. Hover a cell for its source.</source>
        <translation>Die Vergütung jedes Angebots Jahr für Jahr, sein Marktperzentil und was ein vorzeitiger Austritt kostet. Zeigen Sie auf eine Zelle, um ihre Quelle zu sehen.</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferForm</name>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="325"/>
        <source>Edit offer</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="119"/>
        <source>Any level</source>
        <translation>Beliebige Stufe</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="130"/>
        <source>Custom yearly percentages</source>
        <translation>Eigene jährliche Prozentsätze</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="132"/>
        <source>How the grant vests over the years. The presets are the common schedules (standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own.</source>
        <translation>Wie die Zuteilung über die Jahre unverfallbar wird. Die Vorlagen sind die üblichen Pläne (Standard 4 Jahre mit 1 Jahr Cliff, wie bei Amazon 5/15/40/40, wie bei Google 33/33/22/12, frontlastige Pläne); wählen Sie „Eigene“, um selbst Werte einzugeben.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="142"/>
        <source>All of it</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="143"/>
        <source>Pro rata (months not worked)</source>
        <translation>Anteilig (nicht gearbeitete Monate)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="148"/>
        <source>Base salary</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="149"/>
        <source>Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band compares.</source>
        <translation>Jährliches Grundgehalt vor Steuern, z. B. 187,500 oder 187.5k. Damit vergleicht die Marktspanne.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="153"/>
        <source>Fixed bonus</source>
        <translation>Fester Bonus</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="154"/>
        <source>A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %.</source>
        <translation>Ein fester jährlicher Bonus anstelle des Prozentsatzes; leer lassen, um den Zielbonus in % zu verwenden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus paid when you start.</source>
        <translation>Antrittsprämie, die bei Arbeitsbeginn gezahlt wird.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="156"/>
        <source>Sign-on year 2</source>
        <translation>Antrittsprämie Jahr 2</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="157"/>
        <source>Second sign-on payment at the start of year 2, if the bonus is split.</source>
        <translation>Zweite Zahlung der Antrittsprämie zu Beginn von Jahr 2, falls die Prämie aufgeteilt ist.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="158"/>
        <source>Equity grant</source>
        <translation>Aktienzuteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="159"/>
        <source>Total value of the initial equity grant (RSUs) at grant, over the whole vesting period, e.g. 240k.</source>
        <translation>Gesamtwert der ersten Aktienzuteilung (RSUs) zum Zuteilungszeitpunkt über den ganzen Vesting-Zeitraum, z. B. 240k.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="162"/>
        <source>Refresher grant</source>
        <translation>Folgezuteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="163"/>
        <source>Value of the yearly refresher grant, if the company states one.</source>
        <translation>Wert der jährlichen Folgezuteilung, sofern das Unternehmen einen nennt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="164"/>
        <source>Left behind</source>
        <translation>Zurückgelassen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="165"/>
        <source>Unvested equity and bonus you give up by leaving your current job: the basis for a make-whole sign-on ask. Never put into the email as your pay.</source>
        <translation>Nicht unverfallbare Aktien und Boni, die Sie beim Verlassen Ihrer jetzigen Stelle aufgeben: die Grundlage für eine ausgleichende Antrittsprämie. Nie als Ihr Gehalt in die E-Mail schreiben.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="169"/>
        <source>e.g. Software Engineer</source>
        <translation>z. B. Software Engineer</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="170"/>
        <source>e.g. San Jose, CA (empty: United States)</source>
        <translation>z. B. San Jose, CA (leer: Vereinigte Staaten)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="171"/>
        <source>Your level for this offer. It picks the part of the local pay distribution the band shows.</source>
        <translation>Ihre Stufe für dieses Angebot. Sie bestimmt, welchen Teil der lokalen Gehaltsverteilung die Spanne zeigt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="376"/>
        <source>Add offer</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="387"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="390"/>
        <source>Duplicate offer</source>
        <translation>Angebot duplizieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="410"/>
        <source>Remove offer</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="427"/>
        <source>Choose competing offer</source>
        <translation>Konkurrenzangebot wählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="446"/>
        <source>&quot;%1&quot; is not a percentage; write the yearly shares like 25/25/25/25</source>
        <translation>„%1“ ist kein Prozentsatz; schreiben Sie die jährlichen Anteile wie 25/25/25/25</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="460"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>der Cliff muss zwischen 0 und %1 Monaten liegen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="653"/>
        <source>Vesting</source>
        <translation>Vesting</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferJson</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="216"/>
        <source>unknown cadence &quot;%1&quot;; expected annual, semiannual, quarterly or monthly</source>
        <translation>unbekannter Rhythmus „%1“; erwartet: annual, semiannual, quarterly oder monthly</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="238"/>
        <source>unknown schedule &quot;%1&quot;; expected one of %2, or an array of yearly percentages such as [25, 25, 25, 25]</source>
        <translation>unbekannter Plan „%1“; erwartet: einer von %2 oder ein Array jährlicher Prozentsätze wie [25, 25, 25, 25]</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="262"/>
        <source>a preset name or an array of yearly percentages</source>
        <translation>ein Vorlagenname oder ein Array jährlicher Prozentsätze</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="272"/>
        <source>expected 0 to %1 months</source>
        <translation>erwartet: 0 bis %1 Monate</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="290"/>
        <source>unknown rule &quot;%1&quot;; expected &quot;full&quot; or &quot;prorata&quot;</source>
        <translation>unbekannte Regel „%1“; erwartet: „full“ oder „prorata“</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="320"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="342"/>
        <source>the file is empty; expected a JSON object { &quot;schema&quot;: 1, ... }</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt { &quot;schema&quot;: 1, ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="351"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="355"/>
        <source>expected a JSON object { &quot;schema&quot;: 1, ... } at the top level</source>
        <translation>erwartet auf oberster Ebene ein JSON-Objekt { &quot;schema&quot;: 1, ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="369"/>
        <source>missing; expected &quot;schema&quot;: %1</source>
        <translation>fehlt; erwartet &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="373"/>
        <source>expected %1; this version of Anchorline reads offer files of schema %1</source>
        <translation>erwartet %1; diese Version von Anchorline liest Angebotsdateien mit Schema %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="383"/>
        <source>unknown level &quot;%1&quot;; expected one of entry, junior, mid, senior, staff, principal</source>
        <translation>unbekannte Stufe „%1“; erwartet eine von entry, junior, mid, senior, staff, principal</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="392"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>unbekannte Währung „%1“; erwartet ein ISO-Code wie USD oder EUR</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="399"/>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>erwartet ein Datum im Format JJJJ-MM-TT, erhalten „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="402"/>
        <source>missing; expected the yearly base salary, e.g. 187500</source>
        <translation>fehlt; erwartet das jährliche Grundgehalt, z. B. 187500</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="426"/>
        <source>contains the control character U+%1; expected one line of text</source>
        <translation>enthält das Steuerzeichen U+%1; erwartet wird eine einzelne Textzeile</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferWorkspace</name>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="141"/>
        <source>No occupation matches the role &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Kein Beruf passt zur Rolle „%1“; wählen Sie einen der Vorschläge.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="146"/>
        <source>No wage area matches the location &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Kein Lohngebiet passt zum Standort „%1“; wählen Sie einen der Vorschläge.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="154"/>
        <source>No local data for %1 in %2 (%3); showing the national band.</source>
        <translation>Keine lokalen Daten für %1 in %2 (%3); angezeigt wird die landesweite Spanne.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>No market band</source>
        <translation>Keine Marktspanne</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="187"/>
        <source>%1 (%2, your dataset &quot;%3&quot;)</source>
        <translation>%1 (%2, Ihr Datensatz „%3“)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="189"/>
        <source>%1 (%2, BLS OEWS May %3 survey)</source>
        <translation>%1 (%2, BLS-OEWS-Erhebung vom Mai %3)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="192"/>
        <source>%1, %2, %3 (%4)</source>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::OffersStrip</name>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="24"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="26"/>
        <source>&amp;New Offer</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="27"/>
        <source>Add an offer for the same role, place and base</source>
        <translation>Ein Angebot für dieselbe Rolle, denselben Ort und dasselbe Grundgehalt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="28"/>
        <source>&amp;Duplicate Offer</source>
        <translation>Angebot &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="29"/>
        <source>Add a copy of the selected offer</source>
        <translation>Eine Kopie des ausgewählten Angebots hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="30"/>
        <source>&amp;Remove Offer</source>
        <translation>Angebot &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="31"/>
        <source>Remove the selected offer (Edit ▸ Undo brings it back)</source>
        <translation>Das ausgewählte Angebot entfernen (Bearbeiten ▸ Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="32"/>
        <source>Re&amp;name Offer</source>
        <translation>Angebot &amp;umbenennen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="33"/>
        <source>Edit the selected offer&apos;s label</source>
        <translation>Die Bezeichnung des ausgewählten Angebots bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="34"/>
        <source>Ne&amp;xt Offer</source>
        <translation>Nä&amp;chstes Angebot</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="37"/>
        <source>&amp;Previous Offer</source>
        <translation>&amp;Vorheriges Angebot</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="59"/>
        <source>Duplicate, remove or rename the selected offer</source>
        <translation>Das ausgewählte Angebot duplizieren, entfernen oder umbenennen</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="60"/>
        <source>More offer actions</source>
        <translation>Weitere Aktionen für Angebote</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="87"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="104"/>
        <source>⇄ %1</source>
        <translation>⇄ %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="111"/>
        <source>%1: the competing offer in the selected offer&apos;s email</source>
        <translation>%1: das Konkurrenzangebot in der E-Mail des ausgewählten Angebots</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="131"/>
        <source>The offers of this session. The selected offer is the one the form edits and the negotiation panel negotiates.</source>
        <translation>Die Angebote dieser Sitzung. Das ausgewählte Angebot wird im Formular bearbeitet und im Verhandlungsbereich verhandelt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="133"/>
        <source>Fix the problems listed under the form to switch offers</source>
        <translation>Beheben Sie die unter dem Formular aufgeführten Probleme, um das Angebot zu wechseln</translation>
    </message>
</context>
<context>
    <name>Anchorline::PlaceParity</name>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="48"/>
        <source>BEA RPP %1</source>
        <translation>BEA RPP %1</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="57"/>
        <source>uses %1&apos;s parity: area not in BEA&apos;s 2020 metro delineation</source>
        <translation>verwendet die Parität von %1: Gebiet nicht in der Metropolabgrenzung der BEA von 2020</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="59"/>
        <source>uses %1&apos;s parity: non-metropolitan area (BEA has no per-state non-metro figure)</source>
        <translation>verwendet die Parität von %1: Nicht-Metropolgebiet (die BEA hat keinen eigenen Wert für Nicht-Metropolgebiete je Bundesstaat)</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="67"/>
        <source>%1, %2 %3; %4</source>
        <translation>%1, %2 %3; %4</translation>
    </message>
</context>
<context>
    <name>Anchorline::PriceParityTable</name>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="91"/>
        <source>BEA publishes no price parity for %1 (%2): Puerto Rico, Guam and the Virgin Islands are not covered</source>
        <translation>die BEA veröffentlicht keine Preisparität für %1 (%2): Puerto Rico, Guam und die Amerikanischen Jungferninseln sind nicht erfasst</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="116"/>
        <source>the place is empty</source>
        <translation>der Ort ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="131"/>
        <source>unknown place &quot;%1&quot;: not an OFLC area code, BEA metro code, state or US</source>
        <translation>unbekannter Ort „%1“: kein OFLC-Gebietscode, BEA-Metrocode, Bundesstaat oder US</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="145"/>
        <source>&quot;%1&quot; names more than one area; give an area code</source>
        <translation>„%1“ bezeichnet mehr als ein Gebiet; geben Sie einen Gebietscode an</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="146"/>
        <source>unknown place &quot;%1&quot;</source>
        <translation>unbekannter Ort „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="156"/>
        <source>the offer is in %1, but BEA price parities compare US price levels, so they apply to pay in US dollars only</source>
        <translation>das Angebot ist in %1, aber die Preisparitäten der BEA vergleichen US-Preisniveaus und gelten daher nur für Gehälter in US-Dollar</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="162"/>
        <source>the offer has no location</source>
        <translation>das Angebot hat keinen Standort</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="167"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
</context>
<context>
    <name>Anchorline::RealTermsView</name>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="57"/>
        <source>This offer in real terms</source>
        <translation>Dieses Angebot kaufkraftbereinigt</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="63"/>
        <source>As offered</source>
        <translation>Wie angeboten</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="65"/>
        <source>In 2023 US-average prices</source>
        <translation>Zu US-Durchschnittspreisen 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="68"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="69"/>
        <source>4-year total</source>
        <translation>Summe 4 Jahre</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="86"/>
        <source>Sho&amp;w the market band in real terms (2023 US-average prices)</source>
        <translation>&amp;Marktspanne kaufkraftbereinigt anzeigen (US-Durchschnittspreise 2023)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="88"/>
        <source>Divide the band, the offer and the ask by the place&apos;s price parity, so bands of different places compare by what the pay buys</source>
        <translation>Spanne, Angebot und Forderung durch die Preisparität des Orts teilen, damit sich Spannen verschiedener Orte danach vergleichen lassen, was das Gehalt dort kauft</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="92"/>
        <source>Compare in another place</source>
        <translation>Mit einem anderen Ort vergleichen</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="95"/>
        <source>City, metro, county, state or area code</source>
        <translation>Stadt, Metropolregion, Landkreis, Bundesstaat oder Gebietscode</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="96"/>
        <source>The place to compare with, e.g. Austin, 12420, Texas or US</source>
        <translation>Der Vergleichsort, z. B. Austin, 12420, Texas oder US</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="109"/>
        <source>&amp;Place:</source>
        <translation>Verg&amp;leichsort:</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="156"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, Preisparität %3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="180"/>
        <source>The 4-year total of %1 in %2 buys what %3 buys at 2023 US-average prices.</source>
        <translation>Die Summe über 4 Jahre von %1 in %2 hat dieselbe Kaufkraft wie %3 zu US-Durchschnittspreisen von 2023.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="193"/>
        <source>Source: %1. Amounts divided by the parity / 100 and rounded to whole dollars; an estimate of buying power, not of taxes or housing alone. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Quelle: %1. Beträge durch die Parität / 100 geteilt und auf ganze Dollar gerundet; eine Schätzung der Kaufkraft, weder der Steuern noch allein der Wohnkosten. &lt;a href=&quot;#sources&quot;&gt;Details&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="198"/>
        <source>No price parity for this offer: %1.</source>
        <translation>Keine Preisparität für dieses Angebot: %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="199"/>
        <source>No offer yet.</source>
        <translation>Noch kein Angebot.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="204"/>
        <source>Source: %1, %2. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Quelle: %1, %2. &lt;a href=&quot;#sources&quot;&gt;Details&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="218"/>
        <source>Type a place to see what it takes there to match this offer.</source>
        <translation>Geben Sie einen Ort ein, um zu sehen, was es dort braucht, um mit diesem Angebot gleichzuziehen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="222"/>
        <source>This offer&apos;s place has no price parity, so it cannot be compared.</source>
        <translation>Für den Ort dieses Angebots gibt es keine Preisparität, daher kann es nicht verglichen werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="231"/>
        <source>Place: %1</source>
        <translation>Vergleichsort: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="233"/>
        <source>; did you mean: %1</source>
        <translation>; meinten Sie: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="247"/>
        <source>To match this offer in %1 you need a base salary of %2, %3 in year 1 and %4 over 4 years.</source>
        <translation>Um mit diesem Angebot in %1 gleichzuziehen, brauchen Sie ein Grundgehalt von %2, %3 in Jahr 1 und %4 über 4 Jahre.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="251"/>
        <source>Amounts × %1 / %2 (%3, US = 100), rounded to whole dollars.</source>
        <translation>Beträge × %1 / %2 (%3, US = 100), auf ganze Dollar gerundet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="257"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="273"/>
        <source>Annual base pay in 2023 US-average prices</source>
        <translation>Jährliches Grundgehalt zu US-Durchschnittspreisen 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="276"/>
        <source>In 2023 US-average prices: divided by %1 · %2</source>
        <translation>Zu US-Durchschnittspreisen 2023: geteilt durch %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="291"/>
        <source>In 2023 US-average prices: 4-year total %1 (%2)</source>
        <translation>Zu US-Durchschnittspreisen 2023: Summe 4 Jahre %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ReportExporter</name>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="125"/>
        <source>%1: the session holds no offer to report on</source>
        <translation>%1: Die Sitzung enthält kein Angebot für einen Bericht</translation>
    </message>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="61"/>
        <source>Role comparison</source>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="102"/>
        <source>Typical pay</source>
        <translation>Typisches Gehalt</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="117"/>
        <source>Early-career, mid-level and senior pay</source>
        <translation>Gehalt bei Berufseinstieg, mittlerer Stufe und Senior</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="120"/>
        <source>Pay progression by level</source>
        <translation>Gehaltsentwicklung nach Stufe</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="121"/>
        <source>Why the pay differs</source>
        <translation>Warum sich die Gehälter unterscheiden</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="133"/>
        <source>Skills that drive higher pay</source>
        <translation>Fähigkeiten, die das Gehalt steigern</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="134"/>
        <source>Career paths, plateaus and transitions</source>
        <translation>Karrierewege, Plateaus und Wechsel</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="167"/>
        <source>A role the product brief profiles, or any occupation in the government data</source>
        <translation>Eine im Produktbriefing beschriebene Rolle oder ein beliebiger Beruf aus den Behördendaten</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="171"/>
        <source>Government figures are for this place; the brief&apos;s figures are not local</source>
        <translation>Die Behördenzahlen gelten für diesen Ort; die Zahlen des Briefings sind nicht lokal</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="180"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="181"/>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="182"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="183"/>
        <source>L&amp;evel:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="201"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="207"/>
        <source>United States (national)</source>
        <translation>Vereinigte Staaten (landesweit)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="303"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="309"/>
        <source>Median base pay: %1</source>
        <translation>Median-Grundgehalt: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="335"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="350"/>
        <source>Median base pay, %1: %2 &lt;small&gt;(%3; level bands are modelled)&lt;/small&gt;</source>
        <translation>Median-Grundgehalt, %1: %2 &lt;small&gt;(%3; Stufenspannen sind modelliert)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="349"/>
        <source>No government figures for these roles here.</source>
        <translation>Keine Behördenzahlen für diese Rollen hier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="336"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="342"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="355"/>
        <source>From your imported data: %1</source>
        <translation>Aus Ihren importierten Daten: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="376"/>
        <source>The product brief explains the difference only between AI engineers and software engineers. For these roles Anchorline shows the government pay figures above.</source>
        <translation>Das Produktbriefing erklärt den Unterschied nur zwischen KI-Ingenieuren und Softwareentwicklern. Für diese Rollen zeigt Anchorline die obigen Behördenzahlen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="387"/>
        <source>The product brief has no skills or career-path data for this role.</source>
        <translation>Das Produktbriefing enthält für diese Rolle keine Angaben zu Fähigkeiten oder Karrierewegen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="408"/>
        <source>When pay growth slows:</source>
        <translation>Wenn das Gehaltswachstum nachlässt:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="409"/>
        <source>Common transitions:</source>
        <translation>Häufige Wechsel:</translation>
    </message>
</context>
<context>
    <name>Anchorline::RolePayTableModel</name>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="29"/>
        <source>Secondary source, %1</source>
        <translation>Sekundärquelle, %1</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="46"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="81"/>
        <source>%1 (est.)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="123"/>
        <source>The source publishes only a lower bound for this figure.</source>
        <translation>Die Quelle veröffentlicht für diesen Wert nur eine Untergrenze.</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="136"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="138"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="140"/>
        <source>Typical</source>
        <translation>Typisch</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="142"/>
        <source>Early-career</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="144"/>
        <source>Mid-level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="146"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleProfiles</name>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="22"/>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>AI Engineer</source>
        <translation>KI-Ingenieur/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="25"/>
        <source>Government data has no AI engineer occupation; its figures are for Computer and Information Research Scientists (SOC 15-1221), the occupation that designs machine learning systems.</source>
        <translation>Die Behördendaten kennen keinen Beruf „KI-Ingenieur“; ihre Zahlen gelten für Computer and Information Research Scientists (SOC 15-1221), den Beruf, der Systeme für maschinelles Lernen entwirft.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="29"/>
        <source>Deep Learning Frameworks</source>
        <translation>Deep-Learning-Frameworks</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="30"/>
        <source>Expertise in TensorFlow, PyTorch, and other deep learning frameworks for building neural networks</source>
        <translation>Fachwissen in TensorFlow, PyTorch und anderen Deep-Learning-Frameworks zum Aufbau neuronaler Netze</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="33"/>
        <source>Cloud AI Platforms</source>
        <translation>Cloud-KI-Plattformen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="34"/>
        <source>Proficiency with AWS SageMaker, Google AI Platform, Azure ML for scalable AI deployment</source>
        <translation>Sicherer Umgang mit AWS SageMaker, Google AI Platform und Azure ML für skalierbare KI-Bereitstellung</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="36"/>
        <source>MLOps and Model Deployment</source>
        <translation>MLOps und Modellbereitstellung</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="37"/>
        <source>Skills in model versioning, monitoring, and production deployment pipelines</source>
        <translation>Kenntnisse in Modellversionierung, Überwachung und Pipelines für die Produktionsbereitstellung</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="39"/>
        <source>Computer Vision</source>
        <translation>Computer Vision</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="40"/>
        <source>Specialized knowledge in image processing, object detection, and visual AI systems</source>
        <translation>Spezialwissen in Bildverarbeitung, Objekterkennung und visuellen KI-Systemen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Junior AI Engineer</source>
        <translation>Junior-KI-Ingenieur/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Build basic ML models and data pipelines</source>
        <translation>Einfache ML-Modelle und Datenpipelines bauen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>Design and deploy production AI systems</source>
        <translation>KI-Systeme für den Produktivbetrieb entwerfen und bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Senior AI Engineer</source>
        <translation>Senior-KI-Ingenieur/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Lead AI architecture and research initiatives</source>
        <translation>KI-Architektur und Forschungsinitiativen leiten</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Principal AI Engineer</source>
        <translation>Principal-KI-Ingenieur/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Drive AI strategy and mentor engineering teams</source>
        <translation>KI-Strategie vorantreiben und Entwicklungsteams als Mentor begleiten</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="50"/>
        <source>AI engineers may plateau when specialization becomes too narrow or when moving into management roles that reduce hands-on technical work.</source>
        <translation>KI-Ingenieure stagnieren mitunter, wenn die Spezialisierung zu eng wird oder wenn sie in Führungsrollen mit weniger praktischer technischer Arbeit wechseln.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="52"/>
        <source>AI engineers often transition to data science, ML research, or technical product management roles.</source>
        <translation>KI-Ingenieure wechseln oft in Data Science, ML-Forschung oder technisches Produktmanagement.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="61"/>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Software Engineer</source>
        <translation>Softwareentwickler/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="65"/>
        <source>System Design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="66"/>
        <source>Ability to design scalable, distributed systems and microservices architectures</source>
        <translation>Fähigkeit, skalierbare verteilte Systeme und Microservice-Architekturen zu entwerfen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Cloud Platforms</source>
        <translation>Cloud-Plattformen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Expertise in AWS, GCP, or Azure for building cloud-native applications</source>
        <translation>Fachwissen in AWS, GCP oder Azure für den Aufbau cloudnativer Anwendungen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Full-Stack Development</source>
        <translation>Full-Stack-Entwicklung</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Proficiency across frontend, backend, and database technologies</source>
        <translation>Sicherer Umgang mit Frontend-, Backend- und Datenbanktechnologien</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="72"/>
        <source>DevOps and CI/CD</source>
        <translation>DevOps und CI/CD</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="73"/>
        <source>Skills in automation, containerization, and continuous deployment practices</source>
        <translation>Kenntnisse in Automatisierung, Containerisierung und Continuous Deployment</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Junior Software Engineer</source>
        <translation>Junior-Softwareentwickler/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Write code and fix bugs under guidance</source>
        <translation>Code schreiben und Fehler beheben unter Anleitung</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Build features and maintain applications independently</source>
        <translation>Funktionen entwickeln und Anwendungen selbstständig pflegen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Senior Software Engineer</source>
        <translation>Senior-Softwareentwickler/in</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Design systems and lead technical decisions</source>
        <translation>Systeme entwerfen und technische Entscheidungen verantworten</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Staff/Principal Engineer</source>
        <translation>Staff/Principal Engineer</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Define architecture and mentor teams</source>
        <translation>Architektur festlegen und Teams als Mentor begleiten</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="83"/>
        <source>Software engineers typically plateau at senior levels unless they develop system design expertise or move into technical leadership.</source>
        <translation>Softwareentwickler stagnieren meist auf Senior-Stufe, sofern sie keine Systemdesign-Expertise aufbauen oder in die technische Führung wechseln.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="86"/>
        <source>Software engineers commonly move into engineering management, solution architecture, or product engineering roles at larger companies.</source>
        <translation>Softwareentwickler wechseln in größeren Unternehmen häufig ins Engineering-Management, in die Lösungsarchitektur oder in produktnahe Entwicklungsrollen.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="118"/>
        <source>Specialization Premium</source>
        <translation>Spezialisierungsaufschlag</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="119"/>
        <source>AI engineers command higher salaries due to specialized knowledge in machine learning, deep learning, and AI frameworks that are in high demand but have limited talent supply.</source>
        <translation>KI-Ingenieure erzielen höhere Gehälter dank Spezialwissen in maschinellem Lernen, Deep Learning und KI-Frameworks, das stark gefragt, aber knapp ist.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>Market Demand</source>
        <translation>Marktnachfrage</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>The AI boom has created intense competition for AI talent, while software engineering has a more mature and balanced talent market.</source>
        <translation>Der KI-Boom hat einen harten Wettbewerb um KI-Fachkräfte ausgelöst, während der Arbeitsmarkt für Softwareentwicklung reifer und ausgeglichener ist.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="124"/>
        <source>Technical Complexity</source>
        <translation>Technische Komplexität</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="125"/>
        <source>AI engineering requires advanced mathematics, statistics, and domain expertise in addition to programming skills, justifying premium compensation.</source>
        <translation>KI-Entwicklung erfordert neben Programmierkenntnissen fortgeschrittene Mathematik, Statistik und Fachwissen in der Anwendungsdomäne, was eine höhere Vergütung rechtfertigt.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="128"/>
        <source>Business Impact</source>
        <translation>Geschäftlicher Nutzen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="129"/>
        <source>AI engineers often work on high-value initiatives like automation, predictive analytics, and intelligent systems that directly drive revenue and cost savings.</source>
        <translation>KI-Ingenieure arbeiten oft an hochwertigen Vorhaben wie Automatisierung, Predictive Analytics und intelligenten Systemen, die direkt Umsatz und Einsparungen bringen.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="132"/>
        <source>Educational Requirements</source>
        <translation>Ausbildungsanforderungen</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="133"/>
        <source>AI roles typically require advanced degrees or specialized training in machine learning, while software engineering has more diverse educational pathways.</source>
        <translation>KI-Rollen verlangen meist einen höheren Abschluss oder eine Spezialausbildung in maschinellem Lernen, während in die Softwareentwicklung vielfältigere Bildungswege führen.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="145"/>
        <source>January 2026</source>
        <translation>Januar 2026</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="155"/>
        <source>Secondary source: %1, last updated %2</source>
        <translation>Sekundärquelle: %1, zuletzt aktualisiert %2</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="162"/>
        <source>HIGH IMPACT</source>
        <translation>HOHE WIRKUNG</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="164"/>
        <source>MEDIUM IMPACT</source>
        <translation>MITTLERE WIRKUNG</translation>
    </message>
</context>
<context>
    <name>Anchorline::Scanner</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="142"/>
        <source>unbalanced &apos;}&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation>unpaariges „}“ (schreiben Sie „}}“ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="155"/>
        <source>unbalanced &apos;{&apos;: no closing &apos;}&apos; for this field (write &apos;{{&apos; for a literal brace)</source>
        <translation>unpaariges „{“: kein schließendes „}“ für dieses Feld (schreiben Sie „{{“ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="164"/>
        <source>empty field {}: fields need a name, e.g. {company}</source>
        <translation>leeres Feld {}: Felder brauchen einen Namen, z. B. {company}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="168"/>
        <source>unknown field {%1}</source>
        <translation>unbekanntes Feld {%1}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="184"/>
        <source>width or precision in field {%1} is larger than %2</source>
        <translation>Breite oder Genauigkeit im Feld {%1} ist größer als %2</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="193"/>
        <source>bad format spec &quot;%1&quot; in field {%2}: %3</source>
        <translation>ungültige Formatangabe „%1“ im Feld {%2}: %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="17"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="19"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="21"/>
        <source>Countered</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="23"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Session.cpp" line="66"/>
        <source>offer %1 does not exist; the session has %n offer(s)</source>
        <translation>
            <numerusform>Angebot %1 existiert nicht; die Sitzung hat %n Angebot</numerusform>
            <numerusform>Angebot %1 existiert nicht; die Sitzung hat %n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="73"/>
        <source>an offer cannot be its own competing offer</source>
        <translation>ein Angebot kann nicht sein eigenes Konkurrenzangebot sein</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="76"/>
        <source>%1 is outside 10 … 90</source>
        <translation>%1 liegt außerhalb von 10 … 90</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="91"/>
        <source>Offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="92"/>
        <source>Offer %1 — %2</source>
        <translation>Angebot %1 – %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionDocument</name>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="55"/>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="57"/>
        <source>&amp;Open Session…</source>
        <translation>Sitzung &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="59"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="65"/>
        <source>&amp;Save Session</source>
        <translation>Sitzung s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="68"/>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="70"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="87"/>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="150"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>Cannot Open Session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>%1: the session has no offer to show.</source>
        <translation>%1: Die Sitzung enthält kein Angebot zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="187"/>
        <source>Cannot Save Session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="208"/>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="209"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="237"/>
        <source>Anchorline sessions (*.%1)</source>
        <translation>Anchorline-Sitzungen (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="236"/>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="247"/>
        <source>Revert Session</source>
        <translation>Sitzung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="248"/>
        <source>Discard your changes and reload %1 as last saved?</source>
        <translation>Ihre Änderungen verwerfen und %1 im zuletzt gespeicherten Stand neu laden?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="280"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="288"/>
        <source>Recover Session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="296"/>
        <source>Cannot Recover Session</source>
        <translation>Sitzung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="310"/>
        <source>untitled.%1</source>
        <translation>unbenannt.%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="315"/>
        <source>%1[*] — Anchorline</source>
        <translation>%1[*] — Anchorline</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionFile</name>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="91"/>
        <location filename="../src/core/SessionFile.cpp" line="111"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="98"/>
        <source>%1: cannot read the previous version to keep it as a backup: %2</source>
        <translation>%1: Die vorige Version kann nicht gelesen werden, um sie als Sicherung aufzubewahren: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="105"/>
        <source>%1: not saved, because the backup of the previous version failed: %2</source>
        <translation>%1: nicht gespeichert, weil die Sicherung der vorigen Version fehlgeschlagen ist: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="122"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionJson</name>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="23"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="25"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="27"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="29"/>
        <location filename="../src/core/SessionJson.cpp" line="83"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="31"/>
        <location filename="../src/core/SessionJson.cpp" line="209"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="33"/>
        <location filename="../src/core/SessionJson.cpp" line="195"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="37"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="68"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="92"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="107"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="120"/>
        <source>a percentage such as -30 or 12.5</source>
        <translation>ein Prozentsatz wie -30 oder 12.5</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="126"/>
        <source>%1 has more than two decimals</source>
        <translation>%1 hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="139"/>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum; erwartet JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="152"/>
        <source>&quot;%1&quot; is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; erwartet JJJJ-MM-TTTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="168"/>
        <source>an amount</source>
        <translation>ein Betrag</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="183"/>
        <source>&quot;%1&quot; is not a known currency code</source>
        <translation>„%1“ ist kein bekannter Währungscode</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="216"/>
        <source>%1 entries; a session holds at most %2</source>
        <translation>%1 Einträge; eine Sitzung enthält höchstens %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="224"/>
        <source>expected an object, found %1</source>
        <translation>erwartet ein Objekt, gefunden %1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="237"/>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="275"/>
        <source>&quot;%1&quot; is not a tone; expected warm, direct or formal</source>
        <translation>„%1“ ist kein Tonfall; erwartet warm, direct oder formal</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="286"/>
        <source>&quot;%1&quot; is not a company stage; expected startup, growth, public or government-nonprofit</source>
        <translation>„%1“ ist keine Unternehmensphase; erwartet startup, growth, public oder government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="355"/>
        <source>&quot;%1&quot; is not an outcome; expected pending, accepted, countered or declined</source>
        <translation>„%1“ ist kein Ergebnis; erwartet pending, accepted, countered oder declined</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="431"/>
        <source>missing; expected &quot;Anchorline&quot;</source>
        <translation>fehlt; erwartet &quot;Anchorline&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="432"/>
        <source>&quot;%1&quot; is not an Anchorline session</source>
        <translation>„%1“ ist keine Anchorline-Sitzung</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="438"/>
        <source>missing; expected a number such as 1</source>
        <translation>fehlt; erwartet eine Zahl wie 1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="444"/>
        <source>this session was saved by a newer Anchorline (session schema %1); this version reads schema %2 and older. Update Anchorline to open it.</source>
        <translation>diese Sitzung wurde von einem neueren Anchorline gespeichert (Sitzungsschema %1); diese Version liest Schema %2 und älter. Aktualisieren Sie Anchorline, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="472"/>
        <source>expected an object with the offer, found %1</source>
        <translation>erwartet ein Objekt mit dem Angebot, gefunden %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenario</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="31"/>
        <source>Bear</source>
        <translation>Pessimistisch</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="33"/>
        <source>Flat</source>
        <translation>Gleichbleibend</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="35"/>
        <source>Bull</source>
        <translation>Optimistisch</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenarioSettings</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="59"/>
        <source>%1 % a year is below -100 %: a share price cannot lose more than all of its value</source>
        <translation>%1 % pro Jahr liegt unter -100 %: Ein Aktienkurs kann nicht mehr als seinen gesamten Wert verlieren</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="63"/>
        <source>%1 % a year is above the largest growth modelled, +%2 %</source>
        <translation>%1 % pro Jahr liegt über dem größten modellierten Wachstum von +%2 %</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="72"/>
        <source>%1 % is not a discount; expected 0 to 100 %</source>
        <translation>%1 % ist kein Abschlag; erwartet werden 0 bis 100 %</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="90"/>
        <source>Private-company equity may be worth nothing: the shares may never be sold, and a sale or listing may value them below the grant price. The amounts are expected values after the discount, not promises.</source>
        <translation>Aktien eines nicht börsennotierten Unternehmens können wertlos sein: Die Anteile lassen sich vielleicht nie verkaufen, und ein Verkauf oder Börsengang kann sie unter dem Zuteilungspreis bewerten. Die Beträge sind Erwartungswerte nach dem Abschlag, keine Zusagen.</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenarioView</name>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="28"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>Bea&amp;r:</source>
        <translation>&amp;Pessimistisch:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>F&amp;lat:</source>
        <translation>G&amp;leichbleibend:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>B&amp;ull:</source>
        <translation>Opti&amp;mistisch:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="49"/>
        <source>Bear scenario: the yearly change of the share price, applied from each grant date to each vest. -100 % means the shares become worthless.</source>
        <translation>Pessimistisches Szenario: die jährliche Änderung des Aktienkurses, angewandt ab jedem Zuteilungsdatum auf jedes Vesting. -100 % bedeutet, dass die Aktien wertlos werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="51"/>
        <source>Flat scenario: the yearly change of the share price; 0 % values every vest at its grant value.</source>
        <translation>Gleichbleibendes Szenario: die jährliche Änderung des Aktienkurses; bei 0 % wird jedes Vesting zu seinem Zuteilungswert bewertet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="52"/>
        <source>Bull scenario: the yearly change of the share price, applied from each grant date to each vest.</source>
        <translation>Optimistisches Szenario: die jährliche Änderung des Aktienkurses, angewandt ab jedem Zuteilungsdatum auf jedes Vesting.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="78"/>
        <source>Private-company disc&amp;ount:</source>
        <translation>Abschlag (nicht b&amp;örsennotiert):</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="83"/>
        <source>Private shares count at (100 % - discount) of their scenario value: an expected value for shares that may never be sold. The default 50 % is a convention (the x0.5 factor of the open-source offer-compare tool), not a measured figure.</source>
        <translation>Nicht börsennotierte Aktien zählen mit (100 % - Abschlag) ihres Szenariowerts: ein Erwartungswert für Anteile, die sich vielleicht nie verkaufen lassen. Der Standardwert 50 % ist eine Konvention (der Faktor x0.5 des Open-Source-Werkzeugs offer-compare), kein gemessener Wert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="163"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="168"/>
        <source>Years 1-4, equity and refreshers: %1. At grant value, as in your offer: %2.</source>
        <translation>Jahre 1–4, Aktien und Folgezuteilungen: %1. Zum Zuteilungswert, wie in Ihrem Angebot: %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="173"/>
        <source>Private company (startup or growth stage): the amounts are discounted by %1 %. %2</source>
        <translation>Nicht börsennotiertes Unternehmen (Startup- oder Wachstumsphase): Die Beträge sind um %1 % gemindert. %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::StrategyCatalogue</name>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="63"/>
        <source>Market-anchored precise counter</source>
        <translation>Marktverankertes präzises Gegenangebot</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="64"/>
        <source>Counter at the market band&apos;s target percentile (default p75) with a moderately precise number.</source>
        <translation>Gegenangebot beim Zielperzentil der Marktspanne (Standard p75) mit einer mäßig präzisen Zahl.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="65"/>
        <source>The ask for base is the band&apos;s value at the target percentile, rounded to $500 ($250 under $100,000): precise enough to show research, not so precise that it looks arbitrary. The email gives the market data as the reason.</source>
        <translation>Die Forderung beim Grundgehalt ist der Wert der Spanne beim Zielperzentil, gerundet auf 500 $ (250 $ unter 100.000 $): präzise genug, um Recherche zu zeigen, aber nicht so präzise, dass sie willkürlich wirkt. Die E-Mail nennt die Marktdaten als Begründung.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="68"/>
        <source>The offer&apos;s base is at or below about the 60th percentile of the market band and there is no competing offer. Works at any company stage.</source>
        <translation>Das Grundgehalt des Angebots liegt etwa beim 60. Perzentil der Marktspanne oder darunter, und es gibt kein Konkurrenzangebot. Passt für Unternehmen jeder Phase.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="73"/>
        <source>Bolstering range</source>
        <translation>Stützende Spanne</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="74"/>
        <source>Ask for a narrow range that starts at the target: T to T + 5 %.</source>
        <translation>Fordern Sie eine enge Spanne, die beim Ziel beginnt: T bis T + 5 %.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="75"/>
        <source>The range runs from the target T (the band&apos;s target percentile, rounded) to T × 1.05, rounded. Never a range that ends at the target (a &quot;backdown&quot; range).</source>
        <translation>Die Spanne reicht vom Ziel T (dem Zielperzentil der Spanne, gerundet) bis T × 1,05, gerundet. Nie eine Spanne, die beim Ziel endet (eine „Rückzugsspanne“).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="77"/>
        <source>As for the precise counter, when a softer tone suits: the counterpart is the future manager or the relationship matters.</source>
        <translation>Wie das präzise Gegenangebot, wenn ein weicherer Ton passt: Das Gegenüber ist die künftige Führungskraft oder die Beziehung ist wichtig.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="83"/>
        <source>Competing-offer match</source>
        <translation>Konkurrenzangebot angleichen</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="84"/>
        <source>Ask this company to match a real, higher competing offer, component by component.</source>
        <translation>Bitten Sie dieses Unternehmen, ein echtes, höheres Konkurrenzangebot Bestandteil für Bestandteil zu erreichen.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="85"/>
        <source>Each component is asked at the higher of the two offers (base, sign-on, equity per year); any remaining gap in yearly total compensation goes into the sign-on bonus. Only the numbers the user entered are used: a competing offer is never invented or inflated, and a lower one is never cited.</source>
        <translation>Jeder Bestandteil wird zum höheren der beiden Angebote gefordert (Grundgehalt, Antrittsprämie, Aktien pro Jahr); eine verbleibende Lücke in der jährlichen Gesamtvergütung fließt in die Antrittsprämie. Verwendet werden nur die eingegebenen Zahlen: Ein Konkurrenzangebot wird nie erfunden oder aufgebläht, und ein niedrigeres wird nie angeführt.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="90"/>
        <source>You hold a written competing offer whose yearly total compensation is higher than this offer&apos;s.</source>
        <translation>Sie haben ein schriftliches Konkurrenzangebot, dessen jährliche Gesamtvergütung höher ist als die dieses Angebots.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="95"/>
        <source>Sign-on bridge</source>
        <translation>Überbrückung per Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="96"/>
        <source>Keep base, ask for a sign-on bonus that makes you whole or bridges the first-year gap.</source>
        <translation>Grundgehalt belassen und eine Antrittsprämie fordern, die Verluste ausgleicht oder die Lücke im ersten Jahr überbrückt.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="97"/>
        <source>The sign-on ask is the offered sign-on plus the larger of the compensation you forfeit by leaving and the first-year gap between the target base and the offered base (rounded). Check the clawback terms.</source>
        <translation>Die geforderte Antrittsprämie ist die angebotene Antrittsprämie plus der größere Betrag aus der Vergütung, die Sie durch den Wechsel verlieren, und der Lücke im ersten Jahr zwischen Ziel-Grundgehalt und angebotenem Grundgehalt (gerundet). Prüfen Sie die Rückzahlungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="102"/>
        <source>The employer says base is capped, or you forfeit unvested equity or a bonus by leaving.</source>
        <translation>Der Arbeitgeber sagt, das Grundgehalt sei gedeckelt, oder Sie verlieren durch den Wechsel nicht unverfallbare Aktien oder einen Bonus.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="106"/>
        <source>Equity and refresh lever</source>
        <translation>Hebel Aktien und Folgezuteilungen</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="107"/>
        <source>Move the cash gap into equity, and ask for a written refresh policy.</source>
        <translation>Die Gehaltslücke in die Aktienvergütung verlagern und eine schriftliche Regelung für Folgezuteilungen erbitten.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="108"/>
        <source>The equity ask per year is the offered yearly equity plus the gap between the target base and the offered base (rounded); the grant ask is that times the vesting years. Ask for the refresh policy in writing. Value options with care: not as ownership % × last valuation.</source>
        <translation>Die Aktienforderung pro Jahr ist die angebotene jährliche Aktienvergütung plus die Lücke zwischen Ziel-Grundgehalt und angebotenem Grundgehalt (gerundet); die geforderte Zuteilung ist dieser Betrag mal die Vesting-Jahre. Erbitten Sie die Regelung für Folgezuteilungen schriftlich. Bewerten Sie Optionen mit Vorsicht: nicht als Anteil in % × letzte Bewertung.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="113"/>
        <source>Growth-stage or public companies, where cash is tight but equity can move. At a startup, ask about the option count and the exercise window.</source>
        <translation>Unternehmen in der Wachstumsphase oder börsennotierte Unternehmen, bei denen das Gehaltsbudget knapp ist, die Aktienvergütung aber verhandelbar. Fragen Sie bei einem Startup nach der Anzahl der Optionen und der Ausübungsfrist.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="119"/>
        <source>Re-level ask</source>
        <translation>Höhere Einstufung</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="120"/>
        <source>Ask to be leveled one level up; the next level&apos;s band sets the new target.</source>
        <translation>Bitten Sie um eine Einstufung eine Stufe höher; die Spanne der nächsten Stufe bestimmt das neue Ziel.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="121"/>
        <source>The level ask is the next career level. With that level&apos;s band, the base ask is its value at the target percentile (rounded); without it, only the level is asked for.</source>
        <translation>Gefordert wird die nächste Karrierestufe. Mit der Spanne dieser Stufe ist die Forderung beim Grundgehalt deren Wert beim Zielperzentil (gerundet); ohne sie wird nur die Stufe gefordert.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="124"/>
        <source>Your experience maps above the offered level (the level sets the band).</source>
        <translation>Ihre Erfahrung entspricht einer höheren als der angebotenen Stufe (die Stufe bestimmt die Spanne).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="128"/>
        <source>Package menu</source>
        <translation>Paketauswahl</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="129"/>
        <source>Offer two or three packages of equal value and let the employer choose.</source>
        <translation>Bieten Sie zwei oder drei gleichwertige Pakete an und lassen Sie den Arbeitgeber wählen.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="130"/>
        <source>Package A is the target base T. Package B trades half the gap to T (d, rounded) for a sign-on of 2 × d (equal value over the first two years). Package C trades d for d more equity per year.</source>
        <translation>Paket A ist das Ziel-Grundgehalt T. Paket B tauscht die halbe Lücke zu T (d, gerundet) gegen eine Antrittsprämie von 2 × d (gleicher Wert über die ersten zwei Jahre). Paket C tauscht d gegen d mehr Aktien pro Jahr.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="133"/>
        <source>Several levers are in play and the employer&apos;s priorities are unclear.</source>
        <translation>Mehrere Hebel sind im Spiel, und die Prioritäten des Arbeitgebers sind unklar.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="137"/>
        <source>Non-cash levers</source>
        <translation>Hebel außerhalb des Gehalts</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="138"/>
        <source>Cash stays as offered; ask for start date, remote days, PTO and a pay review at six months.</source>
        <translation>Das Gehalt bleibt wie angeboten; fordern Sie Startdatum, Homeoffice-Tage, Urlaub und eine Gehaltsüberprüfung nach sechs Monaten.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="139"/>
        <source>No cash component changes. The email lists the non-cash asks in priority order: start date, remote work, paid time off, and a compensation review after six months.</source>
        <translation>Kein Gehaltsbestandteil ändert sich. Die E-Mail listet die übrigen Forderungen nach Priorität: Startdatum, Homeoffice, bezahlter Urlaub und eine Überprüfung der Vergütung nach sechs Monaten.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="142"/>
        <source>Cash is fixed (government, non-profit, strict bands), or the cash ask has already been met.</source>
        <translation>Das Gehalt steht fest (Behörde, gemeinnützige Organisation, strikte Gehaltsbänder), oder die Gehaltsforderung ist bereits erfüllt.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="146"/>
        <source>&quot;Ready to sign&quot; close</source>
        <translation>Abschluss „Bereit zu unterschreiben“</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="147"/>
        <source>The precise counter plus a clear promise: if we get there, I&apos;m ready to sign.</source>
        <translation>Das präzise Gegenangebot plus ein klares Versprechen: Wenn wir dort hinkommen, unterschreibe ich.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="148"/>
        <source>The ask is the market-anchored counter; the email closes with &quot;If we can get to X, I&apos;m ready to sign this week.&quot; Use it once, at the end, and only if you truly would accept.</source>
        <translation>Die Forderung ist das marktverankerte Gegenangebot; die E-Mail schließt mit „Wenn wir auf X kommen, bin ich bereit, noch diese Woche zu unterschreiben.“ Verwenden Sie es einmal, am Ende, und nur, wenn Sie wirklich annehmen würden.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="151"/>
        <source>You would accept the offer if the ask is met.</source>
        <translation>Sie würden das Angebot annehmen, wenn die Forderung erfüllt wird.</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateDocument</name>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="53"/>
        <source>%1:%2: section [%3] appears twice</source>
        <translation>%1:%2: Abschnitt [%3] kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="64"/>
        <source>%1:%2: text before the first [section] header</source>
        <translation>%1:%2: Text vor der ersten [Abschnitt]-Überschrift</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateLibrary</name>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="130"/>
        <source>no template &quot;%1&quot; for language &quot;%2&quot;%3</source>
        <translation>keine Vorlage „%1“ für die Sprache „%2“%3</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="131"/>
        <source> and tone &quot;%1&quot;</source>
        <translation> und den Tonfall „%1“</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateRenderer</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="214"/>
        <source>%1: %2 (section [%3])</source>
        <translation>%1: %2 (Abschnitt [%3])</translation>
    </message>
</context>
<context>
    <name>Anchorline::UserDataEraser</name>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="120"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1: kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="155"/>
        <source>Settings (recent sessions, last session, window layout, language)</source>
        <translation>Einstellungen (zuletzt geöffnete Sitzungen, letzte Sitzung, Fensteranordnung, Sprache)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="157"/>
        <source>Autosave snapshots (crash recovery)</source>
        <translation>Automatische Sicherungen (Wiederherstellung nach einem Absturz)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="159"/>
        <source>Imported datasets</source>
        <translation>Importierte Datensätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/UserDataEraser.cpp" line="167"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::VestingSchedule</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="40"/>
        <source>25/25/25/25, 1-year cliff, then quarterly</source>
        <translation>25/25/25/25, 1 Jahr Cliff, danach vierteljährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="47"/>
        <source>25/25/25/25, 1-year cliff, then monthly</source>
        <translation>25/25/25/25, 1 Jahr Cliff, danach monatlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="54"/>
        <source>5/15/40/40 (Amazon-style): years 1 and 2 at anniversaries, then semiannual</source>
        <translation>5/15/40/40 (wie bei Amazon): Jahre 1 und 2 zum Jahrestag, danach halbjährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="62"/>
        <source>33/33/22/12 (Google-style): monthly, no cliff</source>
        <translation>33/33/22/12 (wie bei Google): monatlich, ohne Cliff</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="69"/>
        <source>40/30/20/10, 1-year cliff, then quarterly</source>
        <translation>40/30/20/10, 1 Jahr Cliff, danach vierteljährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="76"/>
        <source>35/30/20/15, 1-year cliff, then quarterly</source>
        <translation>35/30/20/15, 1 Jahr Cliff, danach vierteljährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="212"/>
        <source>give between 1 and %1 yearly percentages</source>
        <translation>geben Sie 1 bis %1 jährliche Prozentsätze an</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="216"/>
        <source>a yearly percentage may not be negative</source>
        <translation>ein jährlicher Prozentsatz darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="220"/>
        <source>the yearly percentages sum to %1 %, not 100 %</source>
        <translation>die jährlichen Prozentsätze ergeben zusammen %1 %, nicht 100 %</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="226"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>der Cliff muss zwischen 0 und %1 Monaten liegen</translation>
    </message>
</context>
<context>
    <name>Anchorline::WalkAwayChart</name>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="29"/>
        <source>Cost of leaving early</source>
        <translation>Kosten eines vorzeitigen Austritts</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="36"/>
        <source>unvested equity forfeited</source>
        <translation>verfallende nicht unverfallbare Aktien</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="37"/>
        <source>sign-on repaid</source>
        <translation>zurückgezahlte Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="38"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="50"/>
        <source>Months after the start date</source>
        <translation>Monate nach dem Startdatum</translation>
    </message>
</context>
<context>
    <name>Anchorline::YearByYearChart</name>
    <message>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="23"/>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="24"/>
        <source>Pay year by year</source>
        <translation>Vergütung Jahr für Jahr</translation>
    </message>
</context>
<context>
    <name>BandModel</name>
    <message>
        <location filename="../src/core/BandModel.cpp" line="231"/>
        <source>%1 band: the occupation&apos;s pay distribution here from about its p%2 to p%3, centred on p%4; every value is an estimate.</source>
        <translation>Spanne %1: die Gehaltsverteilung des Berufs hier von etwa p%2 bis p%3, zentriert auf p%4; jeder Wert ist eine Schätzung.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="288"/>
        <source>BLS OEWS publishes no national %1 wages for occupation %2.</source>
        <translation>BLS OEWS veröffentlicht keine landesweiten %1-Löhne für den Beruf %2.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="294"/>
        <source>BLS OEWS publishes no national %1 percentiles for %2 (%3).</source>
        <translation>BLS OEWS veröffentlicht keine landesweiten %1-Perzentile für %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="301"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="304"/>
        <source>May %1</source>
        <translation>Mai %1</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="306"/>
        <source>BLS OEWS national wage percentiles, annual base pay (no bonus or stock).</source>
        <translation>Landesweite Lohnperzentile von BLS OEWS, jährliches Grundgehalt (ohne Bonus und Aktien).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="310"/>
        <source>Published hourly only: annualised as hourly × 2080.</source>
        <translation>Nur als Stundenlohn veröffentlicht: hochgerechnet als Stundenlohn × 2080.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="314"/>
        <source>Top-coded values are lower bounds: BLS publishes pay of $239,200 or more only as “≥ $239,200”.</source>
        <translation>Nach oben begrenzte Werte sind Untergrenzen: Das BLS veröffentlicht Gehälter ab 239.200 $ nur als „≥ 239.200 $“.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="324"/>
        <source>Unknown occupation code “%1”.</source>
        <translation>Unbekannter Berufscode „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="327"/>
        <source>Unknown area code “%1”.</source>
        <translation>Unbekannter Gebietscode „%1“.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="333"/>
        <source>DOL OFLC publishes no wage levels for %1 (%2) in %3; try the national band (US).</source>
        <translation>DOL OFLC veröffentlicht keine Lohnstufen für %1 (%2) in %3; versuchen Sie die landesweite Spanne (US).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="347"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; p50 is Level III. Other percentiles are estimates from a log-normal fitted to the four levels.</source>
        <translation>Jährliches Grundgehalt. Die OFLC-Stufen I–IV sind die lokalen p17, p34, p50 und p67; p50 ist Stufe III. Andere Perzentile sind Schätzungen aus einer an die vier Stufen angepassten Lognormalverteilung.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="351"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; the local pay curve passes through them, with tails from a log-normal fitted to the four levels.</source>
        <translation>Jährliches Grundgehalt. Die OFLC-Stufen I–IV sind die lokalen p17, p34, p50 und p67; die lokale Gehaltskurve verläuft durch sie, mit Rändern aus einer an die vier Stufen angepassten Lognormalverteilung.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="361"/>
        <source>Each career level is a slice of the local pay distribution for the occupation, centred on a percentile: entry on the 17th (OFLC Level I), junior on the 34th (Level II), mid-level on the 50th (Level III, the median), senior on the 67th (Level IV), staff on the 80th and principal on the 90th. A level&apos;s band runs from 8 percentiles below its centre to 8 above (for example senior: p59 to p75), so higher levels never pay less. Without a level, the band is the whole distribution (p10 to p90). Level bands are estimates: no public source publishes pay by career level.</source>
        <translation>Jede Karrierestufe ist ein Ausschnitt der lokalen Gehaltsverteilung des Berufs, zentriert auf ein Perzentil: Einstieg auf dem 17. (OFLC-Stufe I), Junior auf dem 34. (Stufe II), mittlere Stufe auf dem 50. (Stufe III, der Median), Senior auf dem 67. (Stufe IV), Staff auf dem 80. und Principal auf dem 90. Die Spanne einer Stufe reicht von 8 Perzentilen unter ihrer Mitte bis 8 darüber (zum Beispiel Senior: p59 bis p75), sodass höhere Stufen nie weniger zahlen. Ohne Stufe ist die Spanne die ganze Verteilung (p10 bis p90). Stufenspannen sind Schätzungen: Keine öffentliche Quelle veröffentlicht Gehälter nach Karrierestufe.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="376"/>
        <source>Figures are annual base pay. For a metro or non-metro area, the U.S. Department of Labor&apos;s four prevailing-wage levels (OFLC, July 2025 – June 2026, from the May 2024 OEWS survey) are the local 17th, 34th, 50th and 67th percentiles; the median is Level III as published. The other percentiles are estimated: a log-normal distribution fitted to the four levels by least squares gives the spread, and the curve passes through the published levels. For the whole United States, the BLS OEWS May 2024 national percentiles are shown as published; BLS publishes pay of $239,200 and more only as “≥ $239,200”, so such values are lower bounds.</source>
        <translation>Die Zahlen sind jährliche Grundgehälter. Für ein Metropol- oder Nicht-Metropolgebiet sind die vier Stufen des ortsüblichen Lohns des U.S. Department of Labor (OFLC, Juli 2025 – Juni 2026, aus der OEWS-Erhebung vom Mai 2024) die lokalen Perzentile 17, 34, 50 und 67; der Median ist die veröffentlichte Stufe III. Die übrigen Perzentile sind geschätzt: Eine nach der Methode der kleinsten Quadrate an die vier Stufen angepasste Lognormalverteilung liefert die Streuung, und die Kurve verläuft durch die veröffentlichten Stufen. Für die gesamten Vereinigten Staaten werden die landesweiten Perzentile von BLS OEWS vom Mai 2024 wie veröffentlicht gezeigt; das BLS veröffentlicht Gehälter ab 239.200 $ nur als „≥ 239.200 $“, solche Werte sind daher Untergrenzen.</translation>
    </message>
</context>
<context>
    <name>BandPosition</name>
    <message>
        <location filename="../src/core/Band.cpp" line="53"/>
        <source>%1st percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="55"/>
        <source>%1nd percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="57"/>
        <source>%1rd percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="58"/>
        <source>%1th percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="84"/>
        <source>no known percentiles</source>
        <translation>keine bekannten Perzentile</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="94"/>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="126"/>
        <source>above p90</source>
        <translation>über p90</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="135"/>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="138"/>
        <source>%1 is ≥ %2</source>
        <translation>%1 ist ≥ %2</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="142"/>
        <source>between %1 and %2 (%3)</source>
        <translation>zwischen %1 und %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="147"/>
        <source>at or above %1 (%2)</source>
        <translation>bei oder über %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CareerLevel</name>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="38"/>
        <source>Any level</source>
        <translation>Beliebige Stufe</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="40"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="42"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="44"/>
        <source>Mid-level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="46"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="48"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="50"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="27"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>ClientListWindow</name>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="14"/>
        <source>Clients — Anchorline</source>
        <translation>Klient/innen — Anchorline</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="22"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="39"/>
        <source>C&amp;hoose Folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="42"/>
        <source>The folder that holds your clients&apos; session files (*.anchorline)</source>
        <translation>Der Ordner mit den Sitzungsdateien Ihrer Klient/innen (*.anchorline)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="53"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="63"/>
        <source>Filters by client name and notes as you type (Ctrl+F); accents and case do not matter. Down moves into the list, Enter opens the selected client.</source>
        <translation>Filtert bei der Eingabe nach Namen und Notizen (Strg+F); Akzente sowie Groß- und Kleinschreibung spielen keine Rolle. Pfeil nach unten wechselt in die Liste, die Eingabetaste öffnet den ausgewählten Eintrag.</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="66"/>
        <source>Client name or words from the notes</source>
        <translation>Name oder Wörter aus den Notizen</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="78"/>
        <source>Enter or double-click opens the client&apos;s session in the main window</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Sitzung im Hauptfenster</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="118"/>
        <source>&amp;New Client…</source>
        <translation>Klient/in &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="121"/>
        <source>Create a session file for a new client in this folder and open it</source>
        <translation>Eine Sitzungsdatei für eine neue Klientin oder einen neuen Klienten in diesem Ordner anlegen und öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="131"/>
        <source>Read the folder again (F5)</source>
        <translation>Den Ordner neu einlesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="145"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="148"/>
        <source>Open the selected client&apos;s session in the main window (Enter)</source>
        <translation>Die ausgewählte Sitzung im Hauptfenster öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="155"/>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../ui/DataSourcesDialog.ui" line="14"/>
        <source>Data Sources</source>
        <translation>Datenquellen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="14"/>
        <source>Anchorline</source>
        <translation>Anchorline</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="125"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Save Email as Text…</source>
        <translation>E-Mail als Text &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="142"/>
        <source>Save the email subject and body to a text file</source>
        <translation>Betreff und Text der E-Mail in einer Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="158"/>
        <source>&amp;Copy Email</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="161"/>
        <source>Copy the email subject and body to the clipboard</source>
        <translation>Betreff und Text der E-Mail in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="164"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="169"/>
        <source>&amp;Open in Mail App</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Open a new message with this subject and body in your mail app</source>
        <translation>Eine neue Nachricht mit diesem Betreff und Text in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="180"/>
        <source>&amp;Regenerate Email</source>
        <translation>E-Mail neu &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Rewrite the email from the current inputs, replacing your edits</source>
        <translation>Die E-Mail aus den aktuellen Eingaben neu schreiben und Ihre Änderungen ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Go to &amp;Inputs</source>
        <translation>Zu den &amp;Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>&amp;Market Band</source>
        <translation>&amp;Marktspanne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>&amp;Year by Year</source>
        <translation>&amp;Jahr für Jahr</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>&amp;Level Progression</source>
        <translation>Gehaltsentwicklung nach &amp;Stufe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="223"/>
        <source>&amp;Walk-away Cost</source>
        <translation>&amp;Ausstiegskosten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="226"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="231"/>
        <source>Role &amp;Comparison</source>
        <translation>&amp;Rollenvergleich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="234"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="239"/>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Datenquellen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Where every number comes from, how old it is, and how estimates are made</source>
        <translation>Woher jede Zahl stammt, wie alt sie ist und wie Schätzungen entstehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="245"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="250"/>
        <source>&amp;About Anchorline</source>
        <translation>Ü&amp;ber Anchorline</translation>
    </message>
</context>
<context>
    <name>MarketStore</name>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="399"/>
        <source>not an Anchorline market dataset (no ALMD header)</source>
        <translation>keine Anchorline-Marktdaten (kein ALMD-Kopf)</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="404"/>
        <source>unsupported market dataset version %1</source>
        <translation>nicht unterstützte Version %1 der Marktdaten</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="412"/>
        <source>the market dataset&apos;s section index is damaged</source>
        <translation>das Abschnittsverzeichnis der Marktdaten ist beschädigt</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="21"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="27"/>
        <source>The negotiation strategies, best fit first. The recommended one is marked; pick another to rewrite the ask and the email.</source>
        <translation>Die Verhandlungsstrategien, die passendste zuerst. Die empfohlene ist markiert; wählen Sie eine andere, um Forderung und E-Mail neu zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="61"/>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="97"/>
        <source>The market percentile the ask aims at. Above the median (50) is where asks start; 75 is the usual anchor; near 90 is ambitious.</source>
        <translation>Das Marktperzentil, auf das die Forderung zielt. Über dem Median (50) beginnen Forderungen; 75 ist der übliche Anker; nahe 90 ist ehrgeizig.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="104"/>
        <source>p75</source>
        <translation>p75</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="131"/>
        <source>How the email sounds: warm, direct or formal. The numbers stay the same.</source>
        <translation>Wie die E-Mail klingt: herzlich, direkt oder förmlich. Die Zahlen bleiben gleich.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="148"/>
        <source>The language of the email and the phone script.</source>
        <translation>Die Sprache der E-Mail und des Gesprächsleitfadens.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="206"/>
        <source>Your ask</source>
        <translation>Ihre Forderung</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="259"/>
        <source>The inputs changed since you edited the email.</source>
        <translation>Die Eingaben haben sich geändert, seit Sie die E-Mail bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="269"/>
        <location filename="../ui/NegotiationPanel.ui" line="501"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="272"/>
        <source>Rewrite the email from the current inputs (your edits are replaced)</source>
        <translation>Die E-Mail aus den aktuellen Eingaben neu schreiben (Ihre Änderungen werden ersetzt)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="119"/>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="138"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="157"/>
        <source>Competing offer</source>
        <translation>Konkurrenzangebot</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="167"/>
        <source>Another offer of this session that you hold in writing: the competing-offer strategy can then ask to match it. Add offers with Offers ▸ New Offer.</source>
        <translation>Ein anderes Angebot dieser Sitzung, das Ihnen schriftlich vorliegt: Die Strategie „Konkurrenzangebot angleichen“ kann dann fordern, es anzugleichen. Angebote fügen Sie mit Angebote ▸ Neues Angebot hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="286"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="306"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="316"/>
        <source>The email&apos;s subject line. Your edits are kept when the inputs change.</source>
        <translation>Die Betreffzeile der E-Mail. Ihre Änderungen bleiben erhalten, wenn sich die Eingaben ändern.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="325"/>
        <source>The email body. Edit it freely: your edits are kept when the inputs change until you press Regenerate.</source>
        <translation>Der Text der E-Mail. Bearbeiten Sie ihn frei: Ihre Änderungen bleiben bei geänderten Eingaben erhalten, bis Sie „Neu erzeugen“ drücken.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="333"/>
        <source>&amp;Phone script</source>
        <translation>&amp;Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="354"/>
        <source>What to say on a call about the offer, step by step.</source>
        <translation>Was Sie in einem Telefonat über das Angebot sagen, Schritt für Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="362"/>
        <source>As&amp;k for time</source>
        <translation>Um &amp;Bedenkzeit bitten</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="380"/>
        <source>A short reply that asks for time to review the offer before you answer.</source>
        <translation>Eine kurze Antwort, die um Zeit bittet, das Angebot zu prüfen, bevor Sie antworten.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="397"/>
        <source>Use as the email</source>
        <translation>Als E-Mail verwenden</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="400"/>
        <source>Put this ask-for-time email into the email tab, to copy or send it</source>
        <translation>Diese E-Mail zur Bedenkzeit in den E-Mail-Reiter übernehmen, um sie zu kopieren oder zu senden</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="408"/>
        <source>T&amp;ips</source>
        <translation>T&amp;ipps</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="458"/>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="468"/>
        <source>Open in mail app</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="478"/>
        <source>Save as text…</source>
        <translation>Als Text speichern…</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="481"/>
        <source>Save the subject and body to a text file (Ctrl+Shift+S)</source>
        <translation>Betreff und Text in einer Textdatei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="461"/>
        <source>Copy the subject and body to the clipboard (Ctrl+Shift+C)</source>
        <translation>Betreff und Text in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="471"/>
        <source>Start a new message in your mail app with this subject and body</source>
        <translation>Eine neue Nachricht mit diesem Betreff und Text in Ihrem E-Mail-Programm beginnen</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="504"/>
        <source>Rewrite the email from the current inputs, replacing your edits (Ctrl+R)</source>
        <translation>Die E-Mail aus den aktuellen Eingaben neu schreiben und Ihre Änderungen ersetzen (Strg+R)</translation>
    </message>
</context>
<context>
    <name>NotesHistoryPanel</name>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="19"/>
        <source>No&amp;tes:</source>
        <translation>Notiz&amp;en:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="29"/>
        <source>Notes about this client: saved in the session file, searchable in the client list</source>
        <translation>Notizen zu dieser Person: in der Sitzungsdatei gespeichert, in der Liste der Klient/innen durchsuchbar</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="35"/>
        <source>Background, priorities, what to ask next…</source>
        <translation>Hintergrund, Prioritäten, was als Nächstes zu fordern ist…</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="46"/>
        <source>Hist&amp;ory of asks and answers:</source>
        <translation>Ver&amp;lauf der Forderungen und Antworten:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="56"/>
        <source>One row per round: what was asked, what the company answered and the outcome. F2 or typing edits a cell.</source>
        <translation>Eine Zeile pro Runde: was gefordert wurde, was das Unternehmen geantwortet hat und das Ergebnis. F2 oder Tippen bearbeitet eine Zelle.</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="87"/>
        <source>Add Ro&amp;und</source>
        <translation>R&amp;unde hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="90"/>
        <source>Add a round dated today and start editing what was asked</source>
        <translation>Eine Runde mit dem heutigen Datum hinzufügen und mit der Eingabe der Forderung beginnen</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="97"/>
        <source>Remove Roun&amp;d</source>
        <translation>Runde l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="100"/>
        <source>Remove the selected round (Edit ▸ Undo brings it back)</source>
        <translation>Die ausgewählte Runde löschen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <location filename="../ui/OfferForm.ui" line="45"/>
        <source>Role and place</source>
        <translation>Rolle und Ort</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="64"/>
        <source>Job title as written in the offer. Pick a suggestion to compare with the matching government occupation data.</source>
        <translation>Stellenbezeichnung wie im Angebot. Wählen Sie einen Vorschlag, um mit den passenden Berufsdaten der Behörden zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="71"/>
        <source>&amp;Level</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="85"/>
        <source>L&amp;ocation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="95"/>
        <source>City, county or metro area of the job. Pick a suggestion to use that area&apos;s pay data; leave empty for the national figures.</source>
        <translation>Stadt, Landkreis oder Metropolregion der Stelle. Wählen Sie einen Vorschlag, um die Gehaltsdaten dieses Gebiets zu verwenden; leer lassen für die landesweiten Zahlen.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="102"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="112"/>
        <source>The employer&apos;s name, used in the email.</source>
        <translation>Der Name des Arbeitgebers, für die E-Mail.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="119"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="129"/>
        <source>Currency of every amount in the offer. Market bands are in US dollars.</source>
        <translation>Währung aller Beträge im Angebot. Marktspannen sind in US-Dollar.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="136"/>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="146"/>
        <source>First day of work. Year 1 covers the first 12 months from this date.</source>
        <translation>Erster Arbeitstag. Jahr 1 umfasst die ersten 12 Monate ab diesem Datum.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="152"/>
        <location filename="../ui/OfferForm.ui" line="613"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="162"/>
        <source>Base and bonus</source>
        <translation>Grundgehalt und Bonus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="171"/>
        <source>&amp;Base salary</source>
        <translation>&amp;Grundgehalt</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="185"/>
        <source>Yearly raise</source>
        <translation>Jährliche Erhöhung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="243"/>
        <source>Fi&amp;xed bonus</source>
        <translation>&amp;Fester Bonus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="269"/>
        <source>Paid at start</source>
        <translation>Bei Beginn gezahlt</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="283"/>
        <source>Paid in year 2</source>
        <translation>In Jahr 2 gezahlt</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="320"/>
        <source>Repayment</source>
        <translation>Rückzahlung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="377"/>
        <source>Yearly %</source>
        <translation>Jährliche %</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="414"/>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="449"/>
        <source>Yearly grant</source>
        <translation>Jährliche Zuteilung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="463"/>
        <source>First in year</source>
        <translation>Erste in Jahr</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="489"/>
        <source>Vests over</source>
        <translation>Vesting über</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="515"/>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="544"/>
        <source>Company stage</source>
        <translation>Unternehmensphase</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="564"/>
        <source>The employer says base is capped</source>
        <translation>Der Arbeitgeber sagt, das Grundgehalt sei gedeckelt</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="571"/>
        <source>Left behind</source>
        <translation>Zurückgelassen</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="585"/>
        <source>Decide by</source>
        <translation>Entscheidung bis</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="631"/>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="648"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="195"/>
        <source>Expected yearly raise of the base salary, compounded.</source>
        <translation>Erwartete jährliche Erhöhung des Grundgehalts, mit Zinseszins.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="26"/>
        <source>Lab&amp;el</source>
        <translation>Bezei&amp;chnung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="36"/>
        <source>The offer&apos;s name in the offers strip, the comparison and the report. Leave empty for &quot;Offer N — Company&quot;.</source>
        <translation>Der Name des Angebots in der Angebotsleiste, im Vergleich und im Bericht. Leer lassen für „Angebot N – Unternehmen“.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="198"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="214"/>
        <source>Target bo&amp;nus</source>
        <translation>Ziel&amp;bonus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="224"/>
        <source>Target yearly bonus as a percentage of that year&apos;s base.</source>
        <translation>Angestrebter jährlicher Bonus in Prozent des Grundgehalts des jeweiligen Jahres.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="227"/>
        <source> % of base</source>
        <translation> % des Grundgehalts</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="260"/>
        <source>Sign-on bonus</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="297"/>
        <source>&amp;Clawback</source>
        <translation>Rüc&amp;kforderung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="307"/>
        <source>Months after each payment during which leaving means paying it back. 0 = no clawback.</source>
        <translation>Monate nach jeder Zahlung, in denen ein Austritt die Rückzahlung auslöst. 0 = keine Rückforderung.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="310"/>
        <location filename="../ui/OfferForm.ui" line="427"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="330"/>
        <source>How much is repaid when leaving inside the clawback period: all of it, or the share of months not yet worked.</source>
        <translation>Wie viel bei einem Austritt innerhalb der Rückforderungsfrist zurückzuzahlen ist: alles oder der Anteil der noch nicht gearbeiteten Monate.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="340"/>
        <source>Equity grant</source>
        <translation>Aktienzuteilung</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="349"/>
        <source>&amp;Grant value</source>
        <translation>Zute&amp;ilungswert</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="363"/>
        <source>&amp;Vesting</source>
        <translation>&amp;Vesting</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="387"/>
        <source>Share vesting in each year, separated by slashes, summing to 100: 25/25/25/25 or 40/30/20/10.</source>
        <translation>Anteil, der in jedem Jahr unverfallbar wird, durch Schrägstriche getrennt, in der Summe 100: 25/25/25/25 oder 40/30/20/10.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="390"/>
        <source>25/25/25/25</source>
        <translation>25/25/25/25</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="397"/>
        <source>Ca&amp;dence</source>
        <translation>R&amp;hythmus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="407"/>
        <source>How often shares vest within a year.</source>
        <translation>Wie oft innerhalb eines Jahres Aktien unverfallbar werden.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="424"/>
        <source>Months before the first vest; everything due by then vests at the cliff.</source>
        <translation>Monate bis zum ersten Vesting; alles bis dahin Fällige wird beim Cliff unverfallbar.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="440"/>
        <source>Refresher grants</source>
        <translation>Folgezuteilungen</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="473"/>
        <source>The year of the first refresher grant.</source>
        <translation>Das Jahr der ersten Folgezuteilung.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="482"/>
        <source>year </source>
        <translation>Jahr </translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="499"/>
        <source>Each refresher vests evenly over this many years, without a cliff.</source>
        <translation>Jede Folgezuteilung wird gleichmäßig über so viele Jahre unverfallbar, ohne Cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="502"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="525"/>
        <source>How often refresher shares vest within a year.</source>
        <translation>Wie oft innerhalb eines Jahres Aktien aus Folgezuteilungen unverfallbar werden.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="535"/>
        <source>Your situation</source>
        <translation>Ihre Situation</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="554"/>
        <source>Startups and growth companies move equity more easily; public companies have firm bands; government and non-profits rarely move cash.</source>
        <translation>Startups und Wachstumsunternehmen bewegen sich leichter bei Aktien; börsennotierte Unternehmen haben feste Gehaltsbänder; Behörden und gemeinnützige Organisationen bewegen beim Gehalt selten etwas.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="561"/>
        <source>The employer said the base is at the top of its band. The advice then moves to sign-on and equity.</source>
        <translation>Der Arbeitgeber sagte, das Grundgehalt liege am oberen Ende seiner Spanne. Die Empfehlungen verlagern sich dann auf Antrittsprämie und Aktien.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="597"/>
        <source>Tick when the employer gave you a date to answer by; a deadline under a week brings up the ask-for-time email.</source>
        <translation>Ankreuzen, wenn der Arbeitgeber Ihnen eine Antwortfrist genannt hat; bei weniger als einer Woche erscheint die E-Mail zur Bedenkzeit.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="600"/>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="616"/>
        <source>The date the employer wants an answer by.</source>
        <translation>Das Datum, bis zu dem der Arbeitgeber eine Antwort erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="641"/>
        <source>The recruiter&apos;s first name, for the greeting. Leave empty for a neutral greeting.</source>
        <translation>Der Vorname der Recruiterin oder des Recruiters, für die Anrede. Leer lassen für eine neutrale Anrede.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="658"/>
        <source>Your name, for the signature.</source>
        <translation>Ihr Name, für die Unterschrift.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="674"/>
        <source>Input problems</source>
        <translation>Eingabeprobleme</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="20"/>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="27"/>
        <source>%1: --search TEXT is required</source>
        <translation>%1: --search TEXT ist erforderlich</translation>
    </message>
</context>
<context>
    <name>VestingCadence</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="134"/>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="136"/>
        <source>Semiannual</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="138"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="140"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
</TS>
