<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="14"/>
        <source>About Anchorline</source>
        <translation>À propos d&apos;Anchorline</translation>
    </message>
</context>
<context>
    <name>Anchorline</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="68"/>
        <source>Needs a market band for the role, level and location.</source>
        <translation>Nécessite une fourchette du marché pour le poste, le niveau et le lieu.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="73"/>
        <source>The offer&apos;s base (market band: %1) already reaches the target p%2.</source>
        <translation>Le salaire de base de l&apos;offre (fourchette du marché&#xa0;: %1) atteint déjà l&apos;objectif p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="82"/>
        <source>The offer&apos;s base sits in the market band at: %1. At or below p60 there is room to counter at p%2.</source>
        <translation>Le salaire de base de l&apos;offre se situe dans la fourchette du marché à&#xa0;: %1. À p60 ou en dessous, il y a de la marge pour une contre-proposition à p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="88"/>
        <source>The offer&apos;s base sits in the market band at: %1, below the target p%2.</source>
        <translation>Le salaire de base de l&apos;offre se situe dans la fourchette du marché à&#xa0;: %1, sous l&apos;objectif p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="95"/>
        <source>The employer says base is capped, so a base counter is less likely to move.</source>
        <translation>L&apos;employeur dit que le salaire de base est plafonné&#xa0;; une contre-proposition sur le salaire de base a donc moins de chances d&apos;aboutir.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="99"/>
        <source>A higher competing offer is a stronger reason than market data.</source>
        <translation>Une offre concurrente plus élevée est un argument plus fort que les données du marché.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="110"/>
        <source>You have a written competing offer from %1 worth more a year on average than this one.</source>
        <translation>Vous avez une offre concurrente écrite de %1 qui vaut plus par an, en moyenne, que celle-ci.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="114"/>
        <source>The competing offer is not higher than this one: don&apos;t cite it.</source>
        <translation>L&apos;offre concurrente n&apos;est pas plus élevée que celle-ci&#xa0;: ne la citez pas.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="116"/>
        <source>Needs a real, written competing offer; never invent one.</source>
        <translation>Nécessite une offre concurrente réelle et écrite&#xa0;; n&apos;en inventez jamais.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="126"/>
        <source>You forfeit %1 by leaving: a sign-on bonus can make you whole.</source>
        <translation>En partant, vous renoncez à %1&#xa0;: une prime d&apos;embauche peut vous dédommager.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="132"/>
        <source>Base is capped: a one-time sign-on sits outside the band and sets no precedent.</source>
        <translation>Le salaire de base est plafonné&#xa0;: une prime d&apos;embauche ponctuelle sort de la grille et ne crée pas de précédent.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="136"/>
        <source>A sign-on bonus can bridge the first-year gap of %1 to the target.</source>
        <translation>Une prime d&apos;embauche peut combler l&apos;écart de %1 avec l&apos;objectif la première année.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="140"/>
        <source>Needs forfeited compensation or a gap between the offer and the target.</source>
        <translation>Nécessite une rémunération perdue ou un écart entre l&apos;offre et l&apos;objectif.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="151"/>
        <source>At a %1, equity often moves when cash cannot.</source>
        <translation>Dans une entreprise de type «&#xa0;%1&#xa0;», les actions bougent souvent quand le salaire ne peut pas bouger.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="157"/>
        <source>At a startup, ask about the option count and the exercise window; value options with care.</source>
        <translation>Dans une startup, demandez le nombre d&apos;options et le délai d&apos;exercice&#xa0;; évaluez les options avec prudence.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="162"/>
        <source>Government and non-profit employers rarely grant equity.</source>
        <translation>Les administrations et les organismes à but non lucratif attribuent rarement des actions.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="167"/>
        <source>Base is capped, so the gap can move into equity.</source>
        <translation>Le salaire de base est plafonné&#xa0;: l&apos;écart peut donc passer en actions.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="174"/>
        <source>Needs an offered career level below principal.</source>
        <translation>Nécessite un niveau de carrière proposé inférieur à principal.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="180"/>
        <source>If your experience maps above %1, the level sets the band: ask to be leveled up.</source>
        <translation>Si votre expérience correspond à un niveau supérieur à %1, c&apos;est le niveau qui fixe la fourchette&#xa0;: demandez à être classé un niveau plus haut.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="188"/>
        <source>Needs a gap between the offered base and the target.</source>
        <translation>Nécessite un écart entre le salaire de base proposé et l&apos;objectif.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="194"/>
        <source>Several levers are in play: equal-value packages let the employer choose and show your flexibility.</source>
        <translation>Plusieurs leviers sont en jeu&#xa0;: des formules de valeur égale laissent le choix à l&apos;employeur et montrent votre souplesse.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="204"/>
        <source>Government and non-profit pay is usually fixed by grade: non-cash terms can move.</source>
        <translation>Dans les administrations et les organismes à but non lucratif, la rémunération est généralement fixée par grille&#xa0;: ce sont les éléments non salariaux qui peuvent bouger.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="207"/>
        <source>The cash ask is already met; non-cash terms are what is left.</source>
        <translation>La demande salariale est déjà satisfaite&#xa0;; il reste les éléments non salariaux.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="210"/>
        <source>Start date, remote days, PTO and an early review can be added to any ask.</source>
        <translation>La date de début, les jours de télétravail, les congés et une révision anticipée peuvent s&apos;ajouter à toute demande.</translation>
    </message>
</context>
<context>
    <name>Anchorline::AboutDialog</name>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="22"/>
        <source>Places a job offer against market pay for its role, level and place, shows it year by year, and drafts the negotiation email and phone script from documented strategies.</source>
        <translation>Situe une offre d&apos;emploi par rapport aux salaires du marché pour son poste, son niveau et son lieu, la présente année par année et rédige l&apos;e-mail de négociation et le script d&apos;appel à partir de stratégies documentées.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="25"/>
        <source>Market data: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Help ▸ Data Sources has the details.</source>
        <translation>Données du marché&#xa0;: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Les détails se trouvent dans Aide ▸ Sources des données.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="28"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Not legal or financial advice.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure. Ne constitue pas un conseil juridique ou financier.</translation>
    </message>
</context>
<context>
    <name>Anchorline::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="32"/>
        <source>--export-report needs --pdf OUT.pdf</source>
        <translation>--export-report nécessite --pdf SORTIE.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="70"/>
        <source>Evaluate a job offer against market pay and draft the negotiation email.
Everything runs locally; the app never uses the network.</source>
        <translation>Évaluez une offre d&apos;emploi par rapport aux salaires du marché et rédigez l&apos;e-mail de négociation.
Tout fonctionne en local&#xa0;; l&apos;application n&apos;utilise jamais le réseau.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="76"/>
        <source>Render the main window offscreen to a PNG file and exit (with QT_QPA_PLATFORM=offscreen no display is needed).</source>
        <translation>Dessiner la fenêtre principale hors écran dans un fichier PNG et quitter (avec QT_QPA_PLATFORM=offscreen, aucun affichage n&apos;est nécessaire).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="78"/>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="79"/>
        <source>Fill the inputs from a session or offer file.</source>
        <translation>Remplir les champs à partir d&apos;un fichier de session ou d&apos;offre.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="80"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="83"/>
        <source>Window size for --screenshot (default %1x%2).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut %1x%2).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="84"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="87"/>
        <source>Write the one-page offer brief of a session as a PDF (see --pdf) and exit.</source>
        <translation>Écrire la fiche d&apos;une page de l&apos;offre d&apos;une session en PDF (voir --pdf) et quitter.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="88"/>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>The PDF file --export-report writes.</source>
        <translation>Le fichier PDF écrit par --export-report.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>OUT.pdf</source>
        <translation>SORTIE.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="93"/>
        <source>Start as usual and exit as soon as the main window&apos;s first frame is on the screen (for start-up benchmarks).</source>
        <translation>Démarrer normalement et quitter dès que la première image de la fenêtre principale est affichée à l&apos;écran (pour les mesures de performance du démarrage).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="96"/>
        <source>A session (.anchorline) or offer file to open.</source>
        <translation>Une session (.anchorline) ou un fichier d&apos;offre à ouvrir.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="97"/>
        <source>[FILE]</source>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="134"/>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1500x920, not &quot;%1&quot;</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par ex. 1500x920, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="153"/>
        <source>could not write the screenshot to %1</source>
        <translation>impossible d&apos;enregistrer la capture d&apos;écran dans %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::AskBuilder</name>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="98"/>
        <source>top-coded: at least this much</source>
        <translation>plafonné&#xa0;: au moins ce montant</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="99"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="100"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="102"/>
        <source>p%1 of the %2 band for %3 in %4 is %5 (%6), rounded to a multiple of %7: %8</source>
        <translation>Le p%1 de la fourchette %2 pour %3 à %4 est de %5 (%6), arrondi à un multiple de %7&#xa0;: %8</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="161"/>
        <source>The range runs from the target %1 to %1 + 5 %, rounded: %2 (it starts at the target, so it is not a backdown range)</source>
        <translation>La fourchette va de l&apos;objectif %1 à %1 + 5&#xa0;%, arrondie&#xa0;: %2 (elle commence à l&apos;objectif, ce n&apos;est donc pas une fourchette de repli)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="175"/>
        <source>%1&apos;s written offer has %2</source>
        <translation>L&apos;offre écrite de %1 comprend %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="203"/>
        <source>Sign-on makes up for the %1 you forfeit by leaving</source>
        <translation>La prime d&apos;embauche compense les %1 auxquels vous renoncez en partant</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="207"/>
        <source>Sign-on bridges the first-year gap between the target base %1 and the offered base %2: %3 (%4)</source>
        <translation>La prime d&apos;embauche comble l&apos;écart de la première année entre le salaire de base visé %1 et le salaire de base proposé %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="224"/>
        <source>Equity per year carries the gap between the target base %1 and the offered base %2: %3 more a year (%4)</source>
        <translation>Les actions annuelles absorbent l&apos;écart entre le salaire de base visé %1 et le salaire de base proposé %2&#xa0;: %3 de plus par an (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="237"/>
        <source>One level above the offered %1: %2</source>
        <translation>Un niveau au-dessus du niveau proposé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="265"/>
        <source>The target base %1</source>
        <translation>Le salaire de base visé %1</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="267"/>
        <source>%1 less base, %2 more sign-on: equal value over the first two years</source>
        <translation>%1 de salaire de base en moins, %2 de prime d&apos;embauche en plus&#xa0;: même valeur sur les deux premières années</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="270"/>
        <source>%1 less base, %1 more equity per year: equal value every year</source>
        <translation>%1 de salaire de base en moins, %1 d&apos;actions en plus par an&#xa0;: même valeur chaque année</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="277"/>
        <source>Packages trade half the gap to the target (%1, rounded) between base, sign-on and equity; offered base %2</source>
        <translation>Les formules répartissent la moitié de l&apos;écart avec l&apos;objectif (%1, arrondi) entre salaire de base, prime d&apos;embauche et actions&#xa0;; salaire de base proposé %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::AutosaveStore</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="49"/>
        <source>%1: not a readable autosave snapshot</source>
        <translation>%1&#xa0;: copie de sauvegarde automatique illisible</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="56"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="67"/>
        <source>Recover unsaved session from %1?</source>
        <translation>Récupérer la session non enregistrée de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="68"/>
        <source>Recover unsaved changes to %1 from %2?</source>
        <translation>Récupérer les modifications non enregistrées de %1 datant de %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="120"/>
        <source>&quot;%1&quot; is not a document id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de document</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="125"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier de sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="128"/>
        <source>%1: cannot make the autosave folder private: %2</source>
        <translation>%1&#xa0;: impossible de rendre privé le dossier de sauvegarde automatique&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="130"/>
        <source>%1: another running Anchorline is autosaving this document</source>
        <translation>%1&#xa0;: une autre instance d&apos;Anchorline sauvegarde déjà ce document automatiquement</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="178"/>
        <source>%1: another running Anchorline has this document open</source>
        <translation>%1&#xa0;: une autre instance d&apos;Anchorline a ouvert ce document</translation>
    </message>
</context>
<context>
    <name>Anchorline::Band</name>
    <message>
        <location filename="../src/core/Band.cpp" line="159"/>
        <source>1 year old</source>
        <translation>datant d&apos;un an</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="160"/>
        <source>%1 years old</source>
        <translation>datant de %1 ans</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="166"/>
        <source>your dataset &quot;%1&quot;: %2, %3 (%4)</source>
        <translation>votre jeu de données «&#xa0;%1&#xa0;»&#xa0;: %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="169"/>
        <source>%1, %2 (survey of %3, %4)</source>
        <translation>%1, %2 (enquête de %3, %4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::BandResolver</name>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="120"/>
        <source>the role is empty</source>
        <translation>le poste est vide</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="131"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>poste inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="141"/>
        <source>the location is empty</source>
        <translation>le lieu est vide</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="152"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>lieu inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Anchorline::BriefPrinter</name>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="41"/>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="42"/>
        <source>Print the one-page offer brief: inputs, market band, years, the ask, the email, sources</source>
        <translation>Imprimer la fiche d&apos;une page de l&apos;offre&#xa0;: données, fourchette du marché, années, demande, e-mail, sources</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="44"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="45"/>
        <source>See the printed offer brief before printing it</source>
        <translation>Voir la fiche de l&apos;offre telle qu&apos;elle sera imprimée avant de l&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="47"/>
        <source>&amp;Export Brief as PDF…</source>
        <translation>Exporter la fiche en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="48"/>
        <source>Save the one-page offer brief as a PDF file (readable only by you)</source>
        <translation>Enregistrer la fiche d&apos;une page de l&apos;offre dans un fichier PDF (lisible uniquement par vous)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="57"/>
        <source>The session has no offer to print.</source>
        <translation>La session ne contient aucune offre à imprimer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="59"/>
        <source>Check %1 first.</source>
        <translation>Vérifiez d&apos;abord %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="62"/>
        <source>Cannot Print the Brief</source>
        <translation>Impossible d&apos;imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="88"/>
        <source>Print Offer Brief</source>
        <translation>Imprimer la fiche de l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="90"/>
        <source>The offer brief went to %1.</source>
        <translation>La fiche de l&apos;offre a été envoyée à %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="101"/>
        <source>Offer Brief — Print Preview</source>
        <translation>Fiche de l&apos;offre — Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="114"/>
        <source>offer-brief.pdf</source>
        <translation>fiche-offre.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="115"/>
        <source>%1 — offer brief.pdf</source>
        <translation>%1 — fiche de l&apos;offre.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="116"/>
        <source>Export Brief as PDF</source>
        <translation>Exporter la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="125"/>
        <source>Cannot Export the Brief</source>
        <translation>Impossible d&apos;exporter la fiche</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="128"/>
        <source>Offer brief saved as %1</source>
        <translation>Fiche de l&apos;offre enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartExport</name>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="38"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="80"/>
        <source>Chart exported from Anchorline</source>
        <translation>Graphique exporté depuis Anchorline</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="94"/>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation>%1&#xa0;: choisissez un nom de fichier se terminant par .png ou .svg</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartPanel</name>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="64"/>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="145"/>
        <source>Save chart as…</source>
        <translation>Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="151"/>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="153"/>
        <source>Save chart as</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="158"/>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartSeriesBuilder</name>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="88"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="99"/>
        <source>Source: %1, %2 (your imported dataset &quot;%3&quot;, %4)</source>
        <translation>Source&#xa0;: %1, %2 (votre jeu de données importé «&#xa0;%3&#xa0;», %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="102"/>
        <source>Source: %1 %2 (%3)</source>
        <translation>Source&#xa0;: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="104"/>
        <source>Source: %1 %2 (BLS OEWS May %3 survey, %4)</source>
        <translation>Source&#xa0;: %1 %2 (enquête BLS OEWS de mai %3, %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="110"/>
        <source>%1 estimated (modelled)</source>
        <translation>%1 estimé (modélisé)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="113"/>
        <source>%1 top-coded by the source</source>
        <translation>%1 plafonné par la source</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="116"/>
        <source>%1 not in the dataset</source>
        <translation>%1 absent du jeu de données</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Sign-on</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Refreshers</source>
        <translation>Attributions complémentaires</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="126"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="150"/>
        <source>Leaving after month %1: %2 unvested equity forfeited, %3 sign-on repaid (%4 in all)</source>
        <translation>Départ après le mois %1&#xa0;: %2 d&apos;actions non acquises perdues, %3 de prime d&apos;embauche à rembourser (%4 au total)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Checker</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="27"/>
        <source>the amount is in %1 but the offer is in %2</source>
        <translation>le montant est en %1 mais l&apos;offre est en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="29"/>
        <source>the amount may not be negative</source>
        <translation>le montant ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="31"/>
        <source>amounts above %1 are not accepted</source>
        <translation>les montants supérieurs à %1 ne sont pas acceptés</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="38"/>
        <source>expected %1 to %2%3</source>
        <translation>attendu&#xa0;: de %1 à %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="44"/>
        <source>expected a percentage from 0 to %1</source>
        <translation>attendu&#xa0;: un pourcentage de 0 à %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::BandsCommand</name>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="39"/>
        <source>Market pay band (p10-p90) for a role, location and level</source>
        <translation>Fourchette salariale du marché (p10-p90) pour un poste, un lieu et un niveau</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli bands --role POSTE --location LIEU [--level NIVEAU] [--json]

Affiche la fourchette du salaire de base annuel p10, p25, p50, p75, p90 avec sa source et l&apos;année des
données, en signalant les estimations et les valeurs plafonnées. Vos jeux de données importés (voir import)
sont utilisés lorsqu&apos;ils contiennent exactement ce poste, ce lieu et ce niveau&#xa0;; sinon, les données BLS/DOL intégrées.

  --role POSTE     un code SOC (15-1252) ou un intitulé («&#xa0;software engineer&#xa0;»)&#xa0;; la meilleure correspondance est retenue
  --location LIEU  un code de zone (41940), «&#xa0;US&#xa0;» ou un lieu («&#xa0;San Jose&#xa0;», «&#xa0;Bay Area&#xa0;»)
  --level NIVEAU   entry, junior, mid, senior, staff ou principal (par défaut&#xa0;: tous les niveaux)
  --json           afficher un objet JSON&#xa0;: role, location, level, currency, source, year,
                   percentiles, estimated, topcoded, missing, matched, ...

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="65"/>
        <source>bands: unexpected argument &quot;%1&quot;

</source>
        <translation>bands&#xa0;: argument inattendu «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="67"/>
        <source>bands: --role and --location are required

</source>
        <translation>bands&#xa0;: --role et --location sont obligatoires

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="71"/>
        <source>bands: unknown level &quot;%1&quot; (use entry, junior, mid, senior, staff or principal)
</source>
        <translation>bands&#xa0;: niveau inconnu «&#xa0;%1&#xa0;» (utilisez entry, junior, mid, senior, staff ou principal)
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="104"/>
        <source>Role &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Poste «&#xa0;%1&#xa0;» compris comme %2 (correspondance «&#xa0;%3&#xa0;»).
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="107"/>
        <source>Location &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Lieu «&#xa0;%1&#xa0;» compris comme %2 (correspondance «&#xa0;%3&#xa0;»).
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
        <translation>Utilisation&#xa0;: anchorline-cli COMMANDE [OPTIONS]

Évalue des offres d&apos;emploi par rapport aux salaires du marché et rédige des e-mails de négociation.

Commandes&#xa0;:
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
Options&#xa0;:
  --help       Afficher cette aide, ou l&apos;aide d&apos;une commande avec COMMANDE --help
  --version    Afficher la version

Codes de sortie&#xa0;: 0 succès, 1 erreur interne, 2 entrée ou utilisation incorrecte.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="96"/>
        <source>anchorline-cli: unknown command &quot;%1&quot;; run anchorline-cli --help for the list
</source>
        <translation>anchorline-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; lancez anchorline-cli --help pour la liste
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CompareCommand</name>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="30"/>
        <source>The offers of a session side by side</source>
        <translation>Les offres d&apos;une session côte à côte</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli compare SESSION.anchorline [--json]

Affiche les offres d&apos;une session côte à côte&#xa0;: rémunération totale des années 1 à 4, le total sur
4 ans et le coût d&apos;un départ après 12 mois. Avec --json, un objet par offre au format de
`evaluate --json`, plus son numéro, son libellé et l&apos;entreprise. Un fichier d&apos;offre compte comme une
session à une seule offre. La rémunération actuelle du client n&apos;est jamais affichée.

  SESSION      un fichier de session (.anchorline) ou d&apos;offre&#xa0;; - lit l&apos;entrée standard
  --json       afficher un objet JSON au lieu du tableau
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="53"/>
        <source>compare: unknown option &quot;%1&quot;

</source>
        <translation>compare&#xa0;: option inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="58"/>
        <source>compare: expected one session file

</source>
        <translation>compare&#xa0;: un seul fichier de session attendu

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="113"/>
        <source>Offers side by side
</source>
        <translation>Offres côte à côte
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="114"/>
        <source>%1: offers side by side
</source>
        <translation>%1&#xa0;: offres côte à côte
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="116"/>
        <source>Negotiating: %1
</source>
        <translation>En négociation&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="118"/>
        <source>Competing offer: %1
</source>
        <translation>Offre concurrente&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="119"/>
        <source>Source: the offers in the session file; amounts in each offer&apos;s currency. Equity is valued at its
grant value, not a market price. Walk-away cost = unvested equity forfeited + sign-on to repay.
</source>
        <translation>Source&#xa0;: les offres du fichier de session&#xa0;; montants dans la devise de chaque offre. Les actions sont évaluées à
leur valeur d&apos;attribution, pas à un prix de marché. Coût d&apos;un départ = actions non acquises perdues + prime d&apos;embauche à rembourser.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="122"/>
        <source>Real terms: 4-year total / (BEA RPP %1 price parity of the offer&apos;s place / 100), in whole dollars.
</source>
        <translation>En termes réels&#xa0;: total sur 4 ans / (parité de prix BEA RPP %1 du lieu de l&apos;offre / 100), en dollars entiers.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::DatasetsCommand</name>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="35"/>
        <source>List or remove your imported datasets</source>
        <translation>Lister ou supprimer vos jeux de données importés</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli datasets [--json]
              anchorline-cli datasets --remove NOM

Liste les jeux de données que vous avez importés (nom, lignes, sources, dates, date d&apos;import) ou en supprime un.

  --json         afficher [{name, source_file, sources, oldest_date, newest_date, rows,
                 imported_at, path}]
  --remove NOM   supprimer le jeu de données NOM
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="56"/>
        <source>datasets: unexpected argument &quot;%1&quot;

</source>
        <translation>datasets&#xa0;: argument inattendu «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="63"/>
        <source>Removed dataset &quot;%1&quot;.
</source>
        <translation>Jeu de données «&#xa0;%1&#xa0;» supprimé.
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="70"/>
        <source>datasets: skipped %1
</source>
        <translation>datasets&#xa0;: %1 ignoré
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="91"/>
        <source>No imported datasets (in %1).
</source>
        <translation>Aucun jeu de données importé (dans %1).
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="96"/>
        <source>%1: %2 rows from %3; sources: %4; dates %5 to %6; imported %7
</source>
        <translation>%1&#xa0;: %2 lignes de %3&#xa0;; sources&#xa0;: %4&#xa0;; dates du %5 au %6&#xa0;; importé le %7
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EmailCommand</name>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="155"/>
        <source>A negotiation email, phone script and ask for an offer</source>
        <translation>Un e-mail de négociation, un script d&apos;appel et une demande pour une offre</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="215"/>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="224"/>
        <source>email: unknown option &quot;%1&quot;

</source>
        <translation>email&#xa0;: option inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="228"/>
        <location filename="../src/cli/EmailCommand.cpp" line="232"/>
        <source>email: expected one offer file

</source>
        <translation>email&#xa0;: un seul fichier d&apos;offre attendu

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
        <translation>Utilisation&#xa0;: anchorline-cli email OFFRE.json|SESSION.anchorline [--offer N] [OPTIONS] [--json]

Rédige un e-mail de négociation pour l&apos;offre selon une stratégie (anchorline-cli strategies les liste),
avec la demande par élément, les raisons, les avertissements et les sources des données. La fourchette
du marché découle des champs role_soc/role, location_code/location et level de l&apos;offre. Sans --json, l&apos;objet
et le corps sont affichés prêts à coller, et les avertissements vont sur la sortie d&apos;erreur standard.
À partir d&apos;une session, l&apos;offre concurrente, la stratégie, le ton, la langue, le centile cible, le stade,
le plafonnement du salaire de base, la rémunération perdue, la date limite, le recruteur et le nom du client
de la session servent de valeurs par défaut&#xa0;; les options ci-dessous les remplacent. Le salaire actuel de la
session sert uniquement à l&apos;avertissement indiquant qu&apos;il est révélé et n&apos;apparaît jamais dans l&apos;e-mail.

  OFFRE.json                un fichier d&apos;offre (schéma 1)&#xa0;; - lit l&apos;entrée standard
  SESSION.anchorline        un fichier de session
  --offer N                 la N-ième offre de la session (par défaut&#xa0;: celle en cours de négociation)
  --strategy ID             identifiant de la stratégie (par défaut&#xa0;: la stratégie recommandée)
  --tone warm|direct|formal ton de l&apos;e-mail (par défaut warm)
  --lang LANGUE             langue du modèle (par défaut en)
  --target-percentile N     centile du marché visé, 10-90 (par défaut 75)
  --competing OFFRE2.json   une offre concurrente réelle et écrite (au lieu de celle de la session)
  --forfeited MONTANT       actions non acquises et primes auxquelles vous renoncez en partant
  --stage STADE             startup, growth, public ou government-nonprofit (par défaut growth)
  --base-capped             l&apos;employeur dit que le salaire de base est au plafond de sa grille
  --ready-to-sign           vous accepteriez si la demande est satisfaite (ajoute la conclusion «&#xa0;prêt à signer&#xa0;»)
  --deadline AAAA-MM-JJ     la date limite de décision
  --today AAAA-MM-JJ        la date du jour, pour un résultat reproductible (par défaut&#xa0;: la date du système)
  --name NOM                votre nom, pour la signature
  --recruiter NOM           le nom du recruteur, pour la formule d&apos;appel
  --current-pay MONTANT     sert uniquement à avertir si l&apos;e-mail la révèle
  --templates RÉP           un répertoire de modèles supplémentaire (RÉP/LANGUE/NOM.TON.txt) prioritaire sur
                            les modèles intégrés et ceux de l&apos;utilisateur
  --json                    afficher un objet JSON

Codes de sortie&#xa0;: 0 succès (vérifiez les avertissements), 2 entrée incorrecte, stratégie, ton ou langue
inconnus, ou modèle défectueux.
</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="63"/>
        <source>no market band: role &quot;%1&quot;: %2</source>
        <translation>pas de fourchette du marché&#xa0;: poste «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="74"/>
        <source>no market band: location &quot;%1&quot;: %2</source>
        <translation>pas de fourchette du marché&#xa0;: lieu «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="86"/>
        <source>no market band: %1</source>
        <translation>pas de fourchette du marché&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>stratégie inconnue «&#xa0;%1&#xa0;»&#xa0;; stratégies connues&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="274"/>
        <source>unknown tone &quot;%1&quot;; use warm, direct or formal</source>
        <translation>ton inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez warm, direct ou formal</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="283"/>
        <source>--target-percentile &quot;%1&quot;: expected a whole number from 10 to 90</source>
        <translation>--target-percentile «&#xa0;%1&#xa0;»&#xa0;: un nombre entier de 10 à 90 est attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="301"/>
        <source>unknown stage &quot;%1&quot;; use startup, growth, public or government-nonprofit</source>
        <translation>stade inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez startup, growth, public ou government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="312"/>
        <source>%1 &quot;%2&quot;: expected a date as YYYY-MM-DD</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: une date au format AAAA-MM-JJ est attendue</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EvaluateCommand</name>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="63"/>
        <source>Year-by-year pay of an offer and the cost of leaving early</source>
        <translation>Rémunération année par année d&apos;une offre et coût d&apos;un départ anticipé</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="97"/>
        <source>evaluate: unknown option &quot;%1&quot;

</source>
        <translation>evaluate&#xa0;: option inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="102"/>
        <source>evaluate: expected one offer file

</source>
        <translation>evaluate&#xa0;: un seul fichier d&apos;offre attendu

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="34"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="40"/>
        <source> at %1</source>
        <translation> chez %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="44"/>
        <source>, starting %1</source>
        <translation>, début le %1</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli evaluate OFFRE.json|SESSION.anchorline [--offer N] [--json]
                       [--scenarios [--bear P] [--flat P] [--bull P] [--private|--public] [--discount P]]

Affiche la rémunération de l&apos;offre pour les années 1 à 4 (1 à 6 avec attributions complémentaires)&#xa0;: salaire
de base, prime, prime d&apos;embauche, actions et attributions complémentaires acquises, le total et la moyenne
sur 4 ans, et le coût d&apos;un départ (actions non acquises perdues, prime d&apos;embauche à rembourser) après 6,
12, 18, 24 et 36 mois.
L&apos;année N couvre les mois 12*(N-1)+1 à 12*N&#xa0;: une acquisition au mois 12 compte donc dans l&apos;année 1.

  OFFRE.json   un fichier d&apos;offre (schéma 1)&#xa0;; - lit l&apos;entrée standard
  SESSION.anchorline  un fichier de session&#xa0;; --offer N choisit sa N-ième offre (par défaut&#xa0;: celle en
               cours de négociation)
  --json       afficher un objet JSON au lieu du tableau
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Sign-on</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Refreshers</source>
        <translation>Attributions compl.</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="186"/>
        <source>4-year total</source>
        <translation>Total sur 4 ans</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="187"/>
        <source>4-year average</source>
        <translation>Moyenne sur 4 ans</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Leaving after</source>
        <translation>Départ après</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Forfeited equity</source>
        <translation>Actions perdues</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Sign-on to repay</source>
        <translation>Prime d&apos;embauche à rembourser</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="192"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="197"/>
        <source>Walk-away cost
</source>
        <translation>Coût d&apos;un départ
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="199"/>
        <source>Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market price.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.
</source>
        <translation>Source&#xa0;: le fichier d&apos;offre&#xa0;; montants en %1. Les actions sont évaluées à leur valeur d&apos;attribution, pas à un prix de marché.
L&apos;année N couvre les mois 12*(N-1)+1 à 12*N&#xa0;: une acquisition au mois 12 compte donc dans l&apos;année 1.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ForgetCommand</name>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="54"/>
        <source>Remove the settings, autosave snapshots and datasets Anchorline keeps</source>
        <translation>Supprimer les réglages, les copies de sauvegarde automatique et les jeux de données conservés par Anchorline</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli forget [--yes] [--json]

Liste ce qu&apos;Anchorline conserve dans vos répertoires&#xa0;: ses réglages (sessions récentes, dernière session,
disposition des fenêtres, langue), les copies de sauvegarde automatique et les jeux de données importés.
Avec --yes, les supprime. Les fichiers de session que vous avez enregistrés (*.anchorline) et vos propres
modèles d&apos;e-mail ne sont jamais supprimés.

  --yes   supprimer&#xa0;; sans cette option, rien n&apos;est modifié
  --json  afficher {removed, items: [{kind, path, files, bytes}], kept, errors}
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="75"/>
        <source>forget: unexpected argument &quot;%1&quot;

</source>
        <translation>forget&#xa0;: argument inattendu «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="99"/>
        <source>Anchorline keeps nothing in %1 or %2.
</source>
        <translation>Anchorline ne conserve rien dans %1 ni dans %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Removed:
</source>
        <translation>Supprimé&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Anchorline keeps:
</source>
        <translation>Anchorline conserve&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="106"/>
        <source>Kept your session file %1
</source>
        <translation>Votre fichier de session %1 a été conservé
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="109"/>
        <source>Nothing was removed; run &quot;anchorline-cli forget --yes&quot; to remove these.
</source>
        <translation>Rien n&apos;a été supprimé&#xa0;; lancez «&#xa0;anchorline-cli forget --yes&#xa0;» pour supprimer ces éléments.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="45"/>
        <source>Import your own pay bands from a CSV file</source>
        <translation>Importer vos propres fourchettes salariales depuis un fichier CSV</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli import FICHIER.csv --name NOM [--replace]

Vérifie tout le fichier, puis l&apos;enregistre comme jeu de données NOM&#xa0;; en cas d&apos;erreur, rien n&apos;est enregistré.
En-tête&#xa0;: role,level,location,currency,p10,p25,p50,p75,p90,source,date (dans n&apos;importe quel ordre&#xa0;; level et
currency facultatifs&#xa0;; au moins un centile). Les montants sont annuels&#xa0;; dates AAAA-MM-JJ, AAAA-MM ou
AAAA. Les fourchettes importées priment sur les données intégrées pour le même poste, le même lieu et le
même niveau.

  FICHIER.csv     le fichier&#xa0;; - lit l&apos;entrée standard
  --name NOM      de 1 à 64 lettres, chiffres, espaces, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»
  --replace       remplacer un jeu de données existant de ce nom

Les erreurs sont affichées sous la forme FICHIER:LIGNE: message (les 20 premières). Sortie 2 en cas d&apos;erreur.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="69"/>
        <source>import: expected one CSV file

</source>
        <translation>import&#xa0;: un seul fichier CSV attendu

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="72"/>
        <source>import: --name NAME is required

</source>
        <translation>import&#xa0;: --name NOM est obligatoire

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="79"/>
        <source>import: a dataset named &quot;%1&quot; already exists; use --replace or remove it first
</source>
        <translation>import&#xa0;: un jeu de données nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; utilisez --replace ou supprimez-le d&apos;abord
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="98"/>
        <source>import: checked %1%
</source>
        <translation>import&#xa0;: %1&#xa0;% vérifiés
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="106"/>
        <source>import: nothing was imported
</source>
        <translation>import&#xa0;: rien n&apos;a été importé
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="113"/>
        <source>Imported &quot;%1&quot;: %2 rows from %3 (sources: %4; dates %5 to %6).
Stored in %7
</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2 lignes de %3 (sources&#xa0;: %4&#xa0;; dates du %5 au %6).
Enregistré dans %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="118"/>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::LocationsCommand</name>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="32"/>
        <source>Find wage areas by city, county, state, metro name or code</source>
        <translation>Trouver des zones salariales par ville, comté, État, nom d&apos;aire métropolitaine ou code</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli locations --search TEXTE [--limit N] [--json]

Liste les zones salariales OFLC correspondant à TEXTE, les meilleures d&apos;abord&#xa0;: noms d&apos;aires métropolitaines
et non métropolitaines, villes dans les noms d&apos;aires («&#xa0;San Jose&#xa0;»), comtés («&#xa0;Santa Clara County&#xa0;»),
États («&#xa0;TX&#xa0;», «&#xa0;California&#xa0;»&#xa0;: toutes leurs zones, les plus grandes aires d&apos;abord), surnoms
(«&#xa0;SF&#xa0;», «&#xa0;Bay Area&#xa0;», «&#xa0;NYC&#xa0;») et «&#xa0;US&#xa0;» ou «&#xa0;remote&#xa0;» pour les chiffres nationaux. La casse, les
accents et les petites fautes de frappe n&apos;ont pas d&apos;importance.

  --search TEXTE ce qu&apos;il faut chercher
  --limit N      au plus N résultats (10 par défaut, 100 au maximum)
  --json         afficher [{code, name, type, matched}] au lieu de lignes&#xa0;; type vaut metro,
                 nonmetro ou national
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="67"/>
        <source>No area matches &quot;%1&quot;.
</source>
        <translation>Aucune zone ne correspond à «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="73"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (correspondance «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::MarketJson</name>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="89"/>
        <source>%1 (%2) in %3 (%4), %5
</source>
        <translation>%1 (%2) à %3 (%4), %5
</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="100"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="104"/>
        <source>top-coded</source>
        <translation>plafonné</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="108"/>
        <source>not in the dataset</source>
        <translation>absent du jeu de données</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="114"/>
        <source>Source: %1 (%2), data year %3</source>
        <translation>Source&#xa0;: %1 (%2), année des données %3</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="116"/>
        <source>; your imported dataset &quot;%1&quot;</source>
        <translation>&#xa0;; votre jeu de données importé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="127"/>
        <source>%1; closest: %2</source>
        <translation>%1&#xa0;; le plus proche&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OfferSource</name>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="11"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="21"/>
        <source>--offer: expected an offer number (1 for the first offer of the session)</source>
        <translation>--offer&#xa0;: un numéro d&apos;offre est attendu (1 pour la première offre de la session)</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="33"/>
        <source>--offer: &quot;%1&quot; is not an offer number; expected 1, 2, …</source>
        <translation>--offer&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;offre&#xa0;; attendu&#xa0;: 1, 2, …</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="50"/>
        <source>%1: the session holds no offer
</source>
        <translation>%1&#xa0;: la session ne contient aucune offre
</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="78"/>
        <source>%1: --offer %2: expected an offer number from 1 to %3</source>
        <translation>%1&#xa0;: --offer %2&#xa0;: un numéro d&apos;offre de 1 à %3 est attendu</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OptionParser</name>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="37"/>
        <source>option %1 is given twice</source>
        <translation>l&apos;option %1 est donnée deux fois</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="45"/>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="52"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="67"/>
        <source>%1 must be a whole number from 1 to %2, not &quot;%3&quot;</source>
        <translation>%1 doit être un nombre entier de 1 à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RealTermsJson</name>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="81"/>
        <source>In real terms (%1): 4-year total %2 at 2023 US-average prices (nominal %3); amounts divided by the price parity / 100 and rounded to whole units.
</source>
        <translation>En termes réels (%1)&#xa0;: total sur 4 ans de %2 aux prix moyens américains de 2023 (nominal&#xa0;: %3)&#xa0;; montants divisés par la parité de prix / 100 et arrondis à l&apos;unité.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="105"/>
        <source>In real terms: not available (%1).
</source>
        <translation>En termes réels&#xa0;: non disponible (%1).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RelocateCommand</name>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="48"/>
        <source>What pay in one place is worth in another (cost of living)</source>
        <translation>Ce que vaut un salaire d&apos;un lieu dans un autre (coût de la vie)</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli relocate --amount MONTANT --from LIEU --to LIEU [--json]

Affiche ce qu&apos;il faut dans le lieu --to pour égaler le pouvoir d&apos;achat de MONTANT dans le lieu
--from&#xa0;: MONTANT x parité(to) / parité(from), d&apos;après les parités de prix régionales (Regional Price
Parities) 2023 du BEA (US = 100), arrondi une seule fois au dollar. Les zones sans parité propre
(nouvelles aires métropolitaines, zones non métropolitaines) utilisent celle de leur État, et la
sortie le signale.

  --amount MONTANT  en dollars américains, par ex. 180000, $180,000 ou 180k
  --from LIEU       un code de zone OFLC (41940), un code métropolitain BEA, un État (CA, California),
                    US, ou un nom de lieu qui désigne une seule zone («&#xa0;San Jose&#xa0;», «&#xa0;NYC&#xa0;»)
  --to LIEU         la même chose pour l&apos;autre lieu
  --json            afficher {amount, currency, from, to, equivalent, source, year}&#xa0;; from et to
                    sont {code, name, parity, parity_area, basis, note}
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="75"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="78"/>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="84"/>
        <source>--amount: &quot;%1&quot; is an amount in %2, but BEA price parities compare US price levels, so they apply to amounts in US dollars only</source>
        <translation>--amount&#xa0;: «&#xa0;%1&#xa0;» est un montant en %2, mais les parités de prix du BEA comparent les niveaux de prix américains&#xa0;; elles ne s&apos;appliquent donc qu&apos;aux montants en dollars américains</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="86"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="101"/>
        <source>; did you mean: %1</source>
        <translation>&#xa0;; vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="111"/>
        <source>--amount: %1 is too large</source>
        <translation>--amount&#xa0;: %1 est trop élevé</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="126"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, parité de prix %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="129"/>
        <source>%1 in %2
buys as much as %3 in %4.
</source>
        <translation>%1 à %2
équivaut en pouvoir d&apos;achat à %3 à %4.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="134"/>
        <source>Note: %1 %2.
</source>
        <translation>Remarque&#xa0;: %1 %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="136"/>
        <source>Source: %1 (%2), US = 100; rounded to whole units.
</source>
        <translation>Source&#xa0;: %1 (%2), US = 100&#xa0;; arrondi à l&apos;unité.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RolesCommand</name>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="32"/>
        <source>Find occupations (SOC codes) by title, alias or code</source>
        <translation>Trouver des professions (codes SOC) par intitulé, alias ou code</translation>
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
        <translation>Utilisation&#xa0;: anchorline-cli roles --search TEXTE [--limit N] [--json]

Liste les professions correspondant à TEXTE, les meilleures d&apos;abord&#xa0;: intitulés SOC 2018, intitulés O*NET,
intitulés de poste courants («&#xa0;SWE&#xa0;», «&#xa0;ML engineer&#xa0;», «&#xa0;product manager&#xa0;») et codes SOC («&#xa0;15-1252&#xa0;», «&#xa0;15-12&#xa0;»).
La casse, les accents, les pluriels et les petites fautes de frappe n&apos;ont pas d&apos;importance.

  --search TEXTE ce qu&apos;il faut chercher
  --limit N      au plus N résultats (10 par défaut, 100 au maximum)
  --json         afficher [{soc, title, matched}] au lieu de lignes
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="62"/>
        <source>No occupation matches &quot;%1&quot;.
</source>
        <translation>Aucune profession ne correspond à «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="67"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (correspondance «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StockScenarioJson</name>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="24"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="64"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="76"/>
        <source>4-year total</source>
        <translation>Total sur 4 ans</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="81"/>
        <source>Equity under stock-price scenarios (scenarios, not forecasts)
</source>
        <translation>Actions selon des scénarios de cours boursier (des scénarios, pas des prévisions)
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="83"/>
        <source>Equity and refreshers vested per year if the share price changes by the same rate every
year from each grant date: vest x (1 + growth)^(months since grant / 12), rounded to whole units.
</source>
        <translation>Actions et attributions complémentaires acquises par an si le cours de l&apos;action évolue au même taux chaque
année à partir de chaque date d&apos;attribution&#xa0;: acquisition x (1 + croissance)^(mois depuis l&apos;attribution / 12),
arrondi à l&apos;unité.
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="87"/>
        <source>Private company: values discounted by %1 to an expected value (--discount).
</source>
        <translation>Entreprise non cotée&#xa0;: valeurs réduites d&apos;une décote de %1 pour obtenir une valeur espérée (--discount).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StockScenarioOptions</name>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="49"/>
        <source>--private and --public exclude each other</source>
        <translation>--private et --public s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="65"/>
        <source>%1: missing value; expected a percentage such as -30 or 12.5</source>
        <translation>%1&#xa0;: valeur manquante&#xa0;; un pourcentage comme -30 ou 12.5 est attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="68"/>
        <source>%1: &quot;%2&quot; is not a percentage; expected a number such as -30 or 12.5</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un pourcentage&#xa0;; un nombre comme -30 ou 12.5 est attendu</translation>
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
        <translation>  --scenarios  ajouter les actions selon des scénarios annuels de cours boursier (baissier -30&#xa0;%,
               neutre 0&#xa0;%, haussier +30&#xa0;% par an à partir de chaque date d&apos;attribution)&#xa0;;
               des scénarios, pas des prévisions
  --bear P, --flat P, --bull P  la croissance annuelle d&apos;un scénario, en pour cent (de -100 à 300)&#xa0;;
               chacune implique --scenarios
  --private    une entreprise non cotée&#xa0;: les valeurs des scénarios subissent une décote pour donner
               une valeur espérée (par défaut, le stade de l&apos;entreprise de la session décide&#xa0;: startup et
               croissance sont non cotées&#xa0;; un fichier d&apos;offre compte comme une entreprise cotée)
  --public     une entreprise cotée&#xa0;: aucune décote
  --discount P la décote pour une entreprise non cotée, en pour cent (par défaut 50)
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StrategiesCommand</name>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="30"/>
        <source>The negotiation strategies, with their ids for email --strategy</source>
        <translation>Les stratégies de négociation, avec leur identifiant pour email --strategy</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="35"/>
        <source>Usage: anchorline-cli strategies [--json]

Lists the negotiation strategies: id, name and a one-line summary.

  --json       print a JSON array of {id, name, summary}
</source>
        <translation>Utilisation&#xa0;: anchorline-cli strategies [--json]

Liste les stratégies de négociation&#xa0;: identifiant, nom et résumé d&apos;une ligne.

  --json       afficher un tableau JSON de {id, name, summary}
</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="45"/>
        <source>strategies: unknown argument &quot;%1&quot;

</source>
        <translation>strategies&#xa0;: argument inconnu «&#xa0;%1&#xa0;»

</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientDirectory</name>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="37"/>
        <source>%1: cannot read this folder</source>
        <translation>%1&#xa0;: impossible de lire ce dossier</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="147"/>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="184"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="186"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="188"/>
        <source>Last opened</source>
        <translation>Dernière ouverture</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="190"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="192"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="194"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientListWindow</name>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="89"/>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="148"/>
        <source>Choose the Folder of Your Clients&apos; Sessions</source>
        <translation>Choisir le dossier des sessions de vos clients</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>New Client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>Client &amp;name:</source>
        <translation>&amp;Nom du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="166"/>
        <source>Choose the folder of your clients&apos; sessions first.</source>
        <translation>Choisissez d&apos;abord le dossier des sessions de vos clients.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="170"/>
        <source>Client name: enter the client&apos;s name.</source>
        <translation>Nom du client&#xa0;: saisissez le nom du client.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="205"/>
        <source>Cannot Open Session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="269"/>
        <source>Choose the folder that holds your clients&apos; sessions (*.%1).</source>
        <translation>Choisissez le dossier qui contient les sessions de vos clients (*.%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="271"/>
        <source>No sessions in this folder yet: New Client… creates one.</source>
        <translation>Aucune session dans ce dossier pour l&apos;instant&#xa0;: «&#xa0;Nouveau client…&#xa0;» en crée une.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="273"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="275"/>
        <source>%1 of %n client(s) match &quot;%2&quot;</source>
        <translation>
            <numerusform>Correspondant à «&#xa0;%2&#xa0;»&#xa0;: %1 sur %n client</numerusform>
            <numerusform>Correspondant à «&#xa0;%2&#xa0;»&#xa0;: %1 sur %n clients</numerusform>
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
        <translation>Entreprise en croissance</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="54"/>
        <source>Public company</source>
        <translation>Entreprise cotée</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="58"/>
        <source>Government or non-profit</source>
        <translation>Administration ou organisme à but non lucratif</translation>
    </message>
</context>
<context>
    <name>Anchorline::CsvReader</name>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="59"/>
        <source>a quoted field is not closed (missing &quot;)</source>
        <translation>un champ entre guillemets n&apos;est pas fermé (il manque &quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="74"/>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataFolder</name>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="98"/>
        <source>Anchorline now keeps its data in %1; files from %2:</source>
        <translation>Anchorline conserve désormais ses données dans %1&#xa0;; fichiers provenant de %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="100"/>
        <source>  moved %1</source>
        <translation>  déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="102"/>
        <source>  %1 was already there (same content)</source>
        <translation>  %1 était déjà présent (même contenu)</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="104"/>
        <source>  kept the older of two different copies as %1</source>
        <translation>  la plus ancienne de deux copies différentes a été conservée sous le nom %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="106"/>
        <source>  not moved: %1</source>
        <translation>  non déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="151"/>
        <location filename="../src/core/DataFolder.cpp" line="168"/>
        <location filename="../src/core/DataFolder.cpp" line="177"/>
        <source>cannot move it to %1</source>
        <translation>impossible de le déplacer vers %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="158"/>
        <source>cannot remove the identical old copy</source>
        <translation>impossible de supprimer l&apos;ancienne copie identique</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="172"/>
        <source>cannot move %1 aside to %2</source>
        <translation>impossible de mettre %1 de côté sous %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataSourcesDialog</name>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="34"/>
        <source>Your imported datasets</source>
        <translation>Vos jeux de données importés</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="37"/>
        <source>None. Import your own bands with &quot;anchorline-cli import FILE.csv --name NAME&quot;; they are stored in %1.</source>
        <translation>Aucun. Importez vos propres fourchettes salariales avec «&#xa0;anchorline-cli import FICHIER.csv --name NOM&#xa0;»&#xa0;; elles sont enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="43"/>
        <source>Where one covers the role, level and place, its band is used instead of the built-in data and named as the source. Stored in %1.</source>
        <translation>Lorsqu&apos;un jeu de données couvre le poste, le niveau et le lieu, sa fourchette remplace les données intégrées et est citée comme source. Enregistrés dans %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="88"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="49"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="56"/>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="59"/>
        <source>%1 from %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="65"/>
        <source>Not used: %1</source>
        <translation>Non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="99"/>
        <source>What the figures measure</source>
        <translation>Ce que mesurent les chiffres</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="101"/>
        <source>Government wages (BLS OEWS) are straight-time gross pay: base wage, excluding overtime, bonuses, stock and sign-on. The market band is therefore compared with the offer&apos;s base salary, not its total compensation.</source>
        <translation>Les salaires publics (BLS OEWS) sont des rémunérations brutes pour le temps de travail normal&#xa0;: salaire de base, hors heures supplémentaires, primes, actions et prime d&apos;embauche. La fourchette du marché est donc comparée au salaire de base de l&apos;offre, pas à sa rémunération totale.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="105"/>
        <source>BLS publishes annual percentiles at or above $239,200 only as &quot;≥ $239,200&quot;. The app shows such values as lower bounds (an open arrow on the chart), never as exact figures.</source>
        <translation>Le BLS ne publie les centiles annuels égaux ou supérieurs à 239&#xa0;200&#xa0;$ que sous la forme «&#xa0;≥ 239&#xa0;200&#xa0;$&#xa0;». L&apos;application affiche ces valeurs comme des bornes inférieures (une flèche ouverte sur le graphique), jamais comme des chiffres exacts.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="108"/>
        <source>The survey behind all government figures is May %1; pay has moved since. The status bar says how old the data is.</source>
        <translation>L&apos;enquête derrière tous les chiffres publics date de mai %1&#xa0;; les salaires ont évolué depuis. La barre d&apos;état indique l&apos;âge des données.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="112"/>
        <source>How estimates are made</source>
        <translation>Comment les estimations sont faites</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="114"/>
        <source>Career levels</source>
        <translation>Niveaux de carrière</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="117"/>
        <source>Secondary sources</source>
        <translation>Sources secondaires</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="120"/>
        <source>Tech-industry figures for AI and software engineers (typical pay, pay by level, total compensation with stock) come from the product brief, not from government data, and are always labelled as a secondary source with their date.</source>
        <translation>Les chiffres du secteur technologique pour les ingénieurs IA et logiciels (salaire typique, salaire par niveau, rémunération totale avec actions) proviennent du dossier produit, pas des données publiques, et sont toujours signalés comme source secondaire avec leur date.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="123"/>
        <source>Negotiation strategies cite their research (shown with each strategy and in the email&apos;s sources). Anchorline never goes on the network: all data is built in or imported by you.</source>
        <translation>Les stratégies de négociation citent les recherches sur lesquelles elles s&apos;appuient (affichées avec chaque stratégie et dans les sources de l&apos;e-mail). Anchorline n&apos;accède jamais au réseau&#xa0;: toutes les données sont intégrées ou importées par vous.</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetImporter</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="442"/>
        <source>… and %1 more errors</source>
        <translation>… et %1 erreurs de plus</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="467"/>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="484"/>
        <source>the file is empty: it needs a header line and rows</source>
        <translation>le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête et des lignes</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="504"/>
        <source>the file has a header but no rows</source>
        <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetLibrary</name>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="28"/>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="68"/>
        <source>dataset name &quot;%1&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>le nom de jeu de données «&#xa0;%1&#xa0;» doit comporter de 1 à 64 lettres, chiffres, espaces, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="111"/>
        <source>a dataset named &quot;%1&quot; already exists</source>
        <translation>un jeu de données nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="113"/>
        <source>%1: cannot create the directory</source>
        <translation>%1&#xa0;: impossible de créer le répertoire</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="128"/>
        <source>no dataset named &quot;%1&quot;</source>
        <translation>aucun jeu de données nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="134"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1&#xa0;: suppression impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailComposer</name>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="195"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="192"/>
        <source>about </source>
        <translation>environ </translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="194"/>
        <source>the United States</source>
        <translation>les États-Unis</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailDraft</name>
    <message>
        <location filename="../src/core/NegotiationPlan.cpp" line="9"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailTones</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="92"/>
        <source>Warm</source>
        <translation>Chaleureux</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="94"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="98"/>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
</context>
<context>
    <name>Anchorline::EquityScenarioChart</name>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="29"/>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="43"/>
        <source>Equity under stock-price scenarios</source>
        <translation>Actions selon des scénarios de cours boursier</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="44"/>
        <source>Equity vested per year under stock-price scenarios</source>
        <translation>Actions acquises par an selon des scénarios de cours boursier</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="48"/>
        <source>range of the scenarios</source>
        <translation>plage des scénarios</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="63"/>
        <source>Year of employment</source>
        <translation>Année d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="64"/>
        <source>Scenarios, not forecasts: equity and refreshers vested per year if the share price changes by the same rate every year from each grant date, vest × (1 + growth)^(months since grant ÷ 12). Grant values: your offer.</source>
        <translation>Des scénarios, pas des prévisions&#xa0;: actions et attributions complémentaires acquises par an si le cours de l&apos;action évolue au même taux chaque année à partir de chaque date d&apos;attribution, acquisition × (1 + croissance)^(mois depuis l&apos;attribution ÷ 12). Valeurs d&apos;attribution&#xa0;: votre offre.</translation>
    </message>
</context>
<context>
    <name>Anchorline::ForgetDataAction</name>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="34"/>
        <source>&amp;Forget All Data…</source>
        <translation>&amp;Oublier toutes les données…</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="40"/>
        <source>Remove Anchorline&apos;s settings, autosave snapshots and imported datasets from this computer</source>
        <translation>Supprimer de cet ordinateur les réglages d&apos;Anchorline, les copies de sauvegarde automatique et les jeux de données importés</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="53"/>
        <source>Anchorline keeps no data on this computer yet.</source>
        <translation>Anchorline ne conserve encore aucune donnée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="54"/>
        <source>Anchorline will remove:</source>
        <translation>Anchorline va supprimer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="57"/>
        <source>Session files you saved (*.anchorline) and your own email templates are kept. Until you quit, Anchorline will store no settings and no autosave snapshots.

Forget all data?</source>
        <translation>Les fichiers de session que vous avez enregistrés (*.anchorline) et vos propres modèles d&apos;e-mail sont conservés. Jusqu&apos;à ce que vous quittiez, Anchorline n&apos;enregistrera aucun réglage ni aucune copie de sauvegarde automatique.

Oublier toutes les données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="59"/>
        <source>Forget All Data</source>
        <translation>Oublier toutes les données</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="69"/>
        <source>Nothing was stored, so nothing was removed.</source>
        <translation>Rien n&apos;était enregistré, donc rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="70"/>
        <source>Removed:</source>
        <translation>Supprimé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="72"/>
        <source>Kept your session files:</source>
        <translation>Vos fichiers de session conservés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="74"/>
        <source>Some Data Was Not Removed</source>
        <translation>Certaines données n&apos;ont pas été supprimées</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="75"/>
        <source>Could not remove:</source>
        <translation>Suppression impossible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="77"/>
        <source>Data Forgotten</source>
        <translation>Données oubliées</translation>
    </message>
</context>
<context>
    <name>Anchorline::GuardRailChecker</name>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="106"/>
        <source>The competing-offer strategy needs a real, written competing offer. Enter it, or choose another strategy; never cite an offer you do not have.</source>
        <translation>La stratégie de l&apos;offre concurrente nécessite une offre concurrente réelle et écrite. Saisissez-la ou choisissez une autre stratégie&#xa0;; ne citez jamais une offre que vous n&apos;avez pas.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="113"/>
        <source>There is no market band for this role and location, so the email has no market sentence and band-based asks stay at the offer.</source>
        <translation>Il n&apos;existe pas de fourchette du marché pour ce poste et ce lieu&#xa0;: l&apos;e-mail ne contient donc pas de phrase sur le marché, et les demandes fondées sur la fourchette restent au niveau de l&apos;offre.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="127"/>
        <source>The ask for %1 (%2) is below the offer (%3). Never counter below what is already offered.</source>
        <translation>La demande pour %1 (%2) est inférieure à l&apos;offre (%3). Ne faites jamais de contre-proposition inférieure à ce qui est déjà proposé.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="136"/>
        <source>The ask is not above the offer. Choose a higher target percentile or another strategy (for example non-cash levers).</source>
        <translation>La demande ne dépasse pas l&apos;offre. Choisissez un centile cible plus élevé ou une autre stratégie (par exemple des leviers non salariaux).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="154"/>
        <source>The base ask %1 is more than 10 % above the market&apos;s p90 (%2). Extreme first offers can offend and end talks; consider a lower target.</source>
        <translation>La demande de salaire de base de %1 dépasse de plus de 10&#xa0;% le p90 du marché (%2). Des premières demandes extrêmes peuvent froisser et mettre fin aux discussions&#xa0;; envisagez un objectif plus bas.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="167"/>
        <source>The ask (%1 in base, sign-on, equity per year and refresh) is more than 25 % above the offer (%2) and there is no competing offer to justify it.</source>
        <translation>La demande (%1 en salaire de base, prime d&apos;embauche, actions annuelles et attributions complémentaires) dépasse l&apos;offre (%2) de plus de 25&#xa0;% et aucune offre concurrente ne la justifie.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="186"/>
        <source>%1 is more precise than it needs to be: recruiters read very precise numbers as arbitrary. Consider %2 and give the reason.</source>
        <translation>%1 est plus précis que nécessaire&#xa0;: les recruteurs perçoivent les chiffres très précis comme arbitraires. Envisagez %2 et donnez la raison.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="202"/>
        <source>A range that ends at your target (%1) invites the employer to pick its bottom. Start the range at the target instead (a bolstering range, e.g. %1 to %2).</source>
        <translation>Une fourchette qui se termine à votre objectif (%1) invite l&apos;employeur à en choisir le bas. Commencez plutôt la fourchette à l&apos;objectif (une fourchette de renfort, par ex. de %1 à %2).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="238"/>
        <source>The competing offer (%1 a year on average) is not higher than this offer (%2): don&apos;t cite it. It stays out of the email.</source>
        <translation>L&apos;offre concurrente (%1 par an en moyenne) n&apos;est pas plus élevée que cette offre (%2)&#xa0;: ne la citez pas. Elle reste hors de l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="255"/>
        <source>The decision is due %1, less than a week away: ask for time before you reply (the ask-for-time email asks for a specific date), and speed up your other processes.</source>
        <translation>La décision est attendue le %1, dans moins d&apos;une semaine&#xa0;: demandez du temps avant de répondre (l&apos;e-mail de demande de délai propose une date précise) et accélérez vos autres processus.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="296"/>
        <source>&quot;%1&quot; reads as an ultimatum. Ultimatums push the other side to walk away; state the ask and the reason positively instead.</source>
        <translation>«&#xa0;%1&#xa0;» sonne comme un ultimatum. Les ultimatums poussent l&apos;autre partie à rompre&#xa0;; formulez plutôt la demande et la raison de façon positive.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="317"/>
        <source>The email reveals your current pay. Pay history anchors the employer low; base the ask on the market instead (some places forbid employers to ask).</source>
        <translation>L&apos;e-mail révèle votre salaire actuel. L&apos;historique de rémunération ancre l&apos;employeur vers le bas&#xa0;; fondez plutôt la demande sur le marché (certains endroits interdisent aux employeurs de le demander).</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportRun</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="229"/>
        <source>unknown column &quot;%1&quot; (the columns are %2)</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» (les colonnes sont %2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="235"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="240"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="243"/>
        <source>no percentile column: add at least one of p10, p25, p50, p75, p90</source>
        <translation>aucune colonne de centile&#xa0;: ajoutez au moins l&apos;une de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="250"/>
        <source>role is empty</source>
        <translation>le poste est vide</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="256"/>
        <source>role &quot;%1&quot; is not a SOC code or a known title; closest: %2</source>
        <translation>le poste «&#xa0;%1&#xa0;» n&apos;est ni un code SOC ni un intitulé connu&#xa0;; le plus proche&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="263"/>
        <source>location is empty</source>
        <translation>le lieu est vide</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="269"/>
        <source>location &quot;%1&quot; is not an area code, &quot;US&quot; or the name of exactly one area; closest: %2</source>
        <translation>le lieu «&#xa0;%1&#xa0;» n&apos;est ni un code de zone, ni «&#xa0;US&#xa0;», ni le nom d&apos;une seule zone&#xa0;; le plus proche&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="283"/>
        <source>%1 &quot;%2&quot; is not an amount: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un montant&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="291"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 est négatif (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="296"/>
        <source>%1 %2 %3 is not a plausible annual salary (allowed %4 to %5)</source>
        <translation>%1 %2 %3 n&apos;est pas un salaire annuel plausible (autorisé&#xa0;: de %4 à %5)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="320"/>
        <source>same role, location and level as line %1</source>
        <translation>même poste, même lieu et même niveau qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="338"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 champs, mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="359"/>
        <source>level &quot;%1&quot; is not one of entry, junior, mid, senior, staff, principal (or empty for all levels)</source>
        <translation>le niveau «&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de entry, junior, mid, senior, staff, principal (ou vide pour tous les niveaux)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="372"/>
        <source>currency is empty</source>
        <translation>la devise est vide</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="374"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="383"/>
        <source>date &quot;%1&quot; is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>la date «&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ, AAAA-MM ou AAAA)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="385"/>
        <source>date %1 is in the future</source>
        <translation>la date %1 est dans le futur</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="392"/>
        <source>source is empty: say where the figures come from</source>
        <translation>la source est vide&#xa0;: indiquez d&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="408"/>
        <source>no amount: give at least one of p10, p25, p50, p75, p90</source>
        <translation>aucun montant&#xa0;: indiquez au moins l&apos;un de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="422"/>
        <source>percentiles decrease: %1 (%2) is below %3 (%4)</source>
        <translation>les centiles diminuent&#xa0;: %1 (%2) est inférieur à %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportedDataset</name>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="168"/>
        <source>Imported from your dataset &quot;%1&quot; (%2). Percentiles the file does not give are missing, not estimated.</source>
        <translation>Importé de votre jeu de données «&#xa0;%1&#xa0;» (%2). Les centiles que le fichier ne donne pas sont absents, pas estimés.</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="230"/>
        <source>not an Anchorline dataset file</source>
        <translation>ce n&apos;est pas un fichier de jeu de données Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="233"/>
        <source>dataset format version %1 is not supported (this version reads %2)</source>
        <translation>la version %1 du format de jeu de données n&apos;est pas prise en charge (cette version lit la %2)</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="241"/>
        <source>the dataset header is damaged</source>
        <translation>l&apos;en-tête du jeu de données est endommagé</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="246"/>
        <location filename="../src/core/ImportedDataset.cpp" line="253"/>
        <source>the dataset tables are damaged</source>
        <translation>les tables du jeu de données sont endommagées</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="280"/>
        <source>row %1 of the dataset is damaged</source>
        <translation>la ligne %1 du jeu de données est endommagée</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="289"/>
        <source>the dataset should hold %1 rows but holds %2</source>
        <translation>le jeu de données devrait contenir %1 lignes mais en contient %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::InputFile</name>
    <message>
        <location filename="../src/core/InputFile.cpp" line="88"/>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="90"/>
        <source>%1: the file is too large (%2); files of this kind are read up to %3</source>
        <translation>%1&#xa0;: le fichier est trop volumineux (%2)&#xa0;; les fichiers de ce type sont lus jusqu&apos;à %3</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="105"/>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="111"/>
        <source>%1: the input is too large (more than %2 were read)</source>
        <translation>%1&#xa0;: l&apos;entrée est trop volumineuse (plus de %2 ont été lus)</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="118"/>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>le fichier est un texte UTF-32&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="120"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>le fichier est un texte UTF-16&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="124"/>
        <source>a NUL byte: the file is binary or UTF-16/UTF-32, not UTF-8 text; save it as UTF-8</source>
        <translation>un octet NUL&#xa0;: le fichier est binaire ou en UTF-16/UTF-32, et non un texte UTF-8&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="128"/>
        <source>byte 0x%1 is not UTF-8; save the file as UTF-8</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas de l&apos;UTF-8&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgression</name>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="56"/>
        <source>%1 median base, your dataset &quot;%2&quot;</source>
        <translation>%1 salaire de base médian, votre jeu de données «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="63"/>
        <source>Solid line: median base pay by level in %1; levels it gives no median for are left out</source>
        <translation>Ligne continue&#xa0;: salaire de base médian par niveau dans %1&#xa0;; les niveaux pour lesquels il ne donne aucune médiane sont omis</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="83"/>
        <source>%1 (secondary)</source>
        <translation>%1 (secondaire)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="97"/>
        <source>%1 median base</source>
        <translation>%1 salaire de base médian</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="103"/>
        <source>Dashed lines: median base pay by level, %1, %2 (level bands are modelled estimates)</source>
        <translation>Lignes pointillées&#xa0;: salaire de base médian par niveau, %1, %2 (les fourchettes par niveau sont des estimations modélisées)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="115"/>
        <source>Bars: %1; early-career (L3), mid-level (L4) and senior (L5) shown at Entry, Mid-level and Senior</source>
        <translation>Barres&#xa0;: %1&#xa0;; début de carrière (L3), niveau intermédiaire (L4) et senior (L5) affichés comme Débutant, Intermédiaire et Senior</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgressionChart</name>
    <message>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="29"/>
        <source>Pay progression by level</source>
        <translation>Progression salariale par niveau</translation>
    </message>
</context>
<context>
    <name>Anchorline::LocationSearch</name>
    <message>
        <location filename="../src/core/LocationSearch.cpp" line="76"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>Anchorline::MainWindow</name>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="138"/>
        <source>Market band</source>
        <translation>Fourchette du marché</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="140"/>
        <source>Year by year</source>
        <translation>Année par année</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="142"/>
        <source>By level</source>
        <translation>Par niveau</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="145"/>
        <source>Walk-away cost</source>
        <translation>Coût d&apos;un départ</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="154"/>
        <source>Role comparison</source>
        <translation>Comparaison de postes</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="169"/>
        <source>Stock scenarios</source>
        <translation>Scénarios boursiers</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="170"/>
        <source>Stock &amp;Scenarios</source>
        <translation>&amp;Scénarios boursiers</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="194"/>
        <source>Cost of living</source>
        <translation>Coût de la vie</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="195"/>
        <source>Cost of &amp;Living</source>
        <translation>Coût de la &amp;vie</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="216"/>
        <source>&amp;Offers</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="221"/>
        <source>&amp;Compare Offers</source>
        <translation>&amp;Comparer les offres</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="239"/>
        <source>Compare offers</source>
        <translation>Comparaison des offres</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="274"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="308"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="322"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="323"/>
        <source>The new language takes effect after you restart Anchorline.</source>
        <translation>La nouvelle langue s&apos;appliquera lorsque vous redémarrerez Anchorline.</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="326"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="345"/>
        <source>Notes &amp; History</source>
        <translation>Notes et historique</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="351"/>
        <source>&amp;Notes &amp;&amp; History</source>
        <translation>No&amp;tes et historique</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="354"/>
        <source>Show the client&apos;s notes and the history of asks and answers</source>
        <translation>Afficher les notes du client et l&apos;historique des demandes et des réponses</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="363"/>
        <source>&amp;Clients…</source>
        <translation>C&amp;lients…</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="366"/>
        <source>The sessions in your clients&apos; folder: search them, open one, add a client</source>
        <translation>Les sessions du dossier de vos clients&#xa0;: recherchez-les, ouvrez-en une, ajoutez un client</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="573"/>
        <source>Check %1 (the charts show the last valid inputs)</source>
        <translation>Vérifiez %1 (les graphiques montrent les dernières données valides)</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="580"/>
        <source>Compared with: %1 (%2) in %3</source>
        <translation>Comparé à&#xa0;: %1 (%2) à %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::MarketBandChart</name>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="48"/>
        <source>Market band</source>
        <translation>Fourchette du marché</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="126"/>
        <source>Annual base pay</source>
        <translation>Salaire de base annuel</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="69"/>
        <source>median (p50)</source>
        <translation>médiane (p50)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="71"/>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="73"/>
        <source>ask</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="168"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="170"/>
        <source>No market band for this role and place</source>
        <translation>Pas de fourchette du marché pour ce poste et ce lieu</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="232"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask (same as the offer)</source>
        <translation>Demande (identique à l&apos;offre)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>estimated (modelled)</source>
        <translation>estimé (modélisé)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
</context>
<context>
    <name>Anchorline::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="131"/>
        <source>&quot;%1&quot; is another currency; this amount is in %2</source>
        <translation>«&#xa0;%1&#xa0;» est une autre devise&#xa0;; ce montant est en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="145"/>
        <source>there is more than one minus sign</source>
        <translation>il y a plus d&apos;un signe moins</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="150"/>
        <location filename="../src/core/Money.cpp" line="183"/>
        <source>the currency appears more than once</source>
        <translation>la devise apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="157"/>
        <source>&quot;%1&quot; before the number is not part of an amount; enter just the amount</source>
        <translation>«&#xa0;%1&#xa0;» avant le nombre ne fait pas partie d&apos;un montant&#xa0;; saisissez uniquement le montant</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="192"/>
        <source>the minus sign goes before the number, as in -%1</source>
        <translation>le signe moins se place avant le nombre, comme dans -%1</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="197"/>
        <source>enter one amount, not a range or a calculation</source>
        <translation>saisissez un seul montant, pas une fourchette ni un calcul</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="204"/>
        <source>&quot;%1&quot; is in scientific notation; write the amount in full, such as 100000 or 100k</source>
        <translation>«&#xa0;%1&#xa0;» est en notation scientifique&#xa0;; écrivez le montant en entier, par exemple 100000 ou 100k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="212"/>
        <source>&quot;%1&quot; inside the number is not a digit</source>
        <translation>«&#xa0;%1&#xa0;» dans le nombre n&apos;est pas un chiffre</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="214"/>
        <source>&quot;%1&quot; after the number is not part of an amount; enter just the amount</source>
        <translation>«&#xa0;%1&#xa0;» après le nombre ne fait pas partie d&apos;un montant&#xa0;; saisissez uniquement le montant</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="237"/>
        <source>&quot;%1&quot; inside the number may only separate groups of three digits, as in %2</source>
        <translation>«&#xa0;%1&#xa0;» dans le nombre ne peut servir qu&apos;à séparer des groupes de trois chiffres, comme dans %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="243"/>
        <source>a space inside the number may only separate groups of three digits, as in 187 500</source>
        <translation>un espace dans le nombre ne peut servir qu&apos;à séparer des groupes de trois chiffres, comme dans 187 500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="390"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="406"/>
        <source>enter an amount such as 187500, 187,500 or 187.5k</source>
        <translation>saisissez un montant comme 187500, 187,500 ou 187.5k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="425"/>
        <source>a negative amount takes a minus sign or parentheses, not both</source>
        <translation>un montant négatif prend un signe moins ou des parenthèses, pas les deux</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="463"/>
        <source>the number has more than one decimal separator &quot;%1&quot;; write at most one, as in %2</source>
        <translation>le nombre contient plus d&apos;un séparateur décimal «&#xa0;%1&#xa0;»&#xa0;; n&apos;en écrivez qu&apos;un seul, comme dans %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="485"/>
        <source>commas inside the number may only separate groups of three digits, as in 187,500</source>
        <translation>les virgules dans le nombre ne peuvent servir qu&apos;à séparer des groupes de trois chiffres, comme dans 187,500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="486"/>
        <source>periods inside the number may only separate groups of three digits, as in 187.500</source>
        <translation>les points dans le nombre ne peuvent servir qu&apos;à séparer des groupes de trois chiffres, comme dans 187.500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="500"/>
        <source>%1 amounts have no decimal places</source>
        <translation>les montants en %1 n&apos;ont pas de décimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="501"/>
        <source>an amount has at most %1 decimal places</source>
        <translation>un montant a au plus %1 décimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="511"/>
        <source>amounts above %1 are not accepted</source>
        <translation>les montants supérieurs à %1 ne sont pas acceptés</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="515"/>
        <source>the amount may not be negative</source>
        <translation>le montant ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>Anchorline::MoneyLineEdit</name>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="35"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="104"/>
        <source>enter an amount, e.g. 187,500 or 187.5k</source>
        <translation>saisissez un montant, par ex. 187,500 ou 187.5k</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationEngine</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>stratégie inconnue «&#xa0;%1&#xa0;»&#xa0;; stratégies connues&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="275"/>
        <source>no templates for language &quot;%1&quot;; available: %2</source>
        <translation>aucun modèle pour la langue «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="306"/>
        <source>Package %1: %2</source>
        <translation>Formule %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="313"/>
        <source>%1, %2 (your imported dataset &quot;%3&quot;)</source>
        <translation>%1, %2 (votre jeu de données importé «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="324"/>
        <source>%1 (OEWS survey year %2)</source>
        <translation>%1 (année d&apos;enquête OEWS %2)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="329"/>
        <source>Estimated values: %1</source>
        <translation>Valeurs estimées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationHistoryModel</name>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="73"/>
        <source>History row %1, %2</source>
        <translation>Ligne %1 de l&apos;historique, %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="125"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="127"/>
        <source>Asked</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="129"/>
        <source>Asked amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="131"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="133"/>
        <source>Answer amount</source>
        <translation>Montant de la réponse</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="135"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="178"/>
        <source>%1: &quot;%2&quot; is not an outcome</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un résultat</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationPanel</name>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="45"/>
        <source>Base salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="47"/>
        <source>Sign-on bonus</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="49"/>
        <source>Equity per year</source>
        <translation>Actions par an</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="51"/>
        <source>Refreshers per year</source>
        <translation>Attributions complémentaires par an</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="161"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="212"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (recommandée)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="222"/>
        <source>%1 (needs more input)</source>
        <translation>%1 (données manquantes)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="235"/>
        <source>Offered base %1: %2 of %3 pay for %4 in %5 (%6).</source>
        <translation>Salaire de base proposé %1&#xa0;: %2 des salaires de %3 pour %4 à %5 (%6).</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="256"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="261"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="284"/>
        <source>Blocked: </source>
        <translation>Bloquant&#xa0;: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="285"/>
        <source>Warning: </source>
        <translation>Avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="379"/>
        <source>A blocking warning above must be fixed first.</source>
        <translation>Un avertissement bloquant ci-dessus doit d&apos;abord être résolu.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="380"/>
        <source>Copy the subject and body to the clipboard</source>
        <translation>Copier l&apos;objet et le corps dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="382"/>
        <source>Start a new message in your mail app with this text</source>
        <translation>Commencer un nouveau message avec ce texte dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="398"/>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="399"/>
        <source>No mail app accepted the message. Use Copy email and paste it instead.</source>
        <translation>Aucun logiciel de messagerie n&apos;a accepté le message. Utilisez plutôt «&#xa0;Copier l&apos;e-mail&#xa0;» puis collez-le.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="405"/>
        <source>negotiation-email.txt</source>
        <translation>e-mail-negociation.txt</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="412"/>
        <source>Save email as text</source>
        <translation>Enregistrer l&apos;e-mail en texte</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="417"/>
        <source>Start your ask above the median</source>
        <translation>Commencez votre demande au-dessus de la médiane</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="418"/>
        <source>You&apos;ll rarely be offered more than you ask, so anchor high and let the employer negotiate you down.</source>
        <translation>On vous propose rarement plus que ce que vous demandez&#xa0;: ancrez haut et laissez l&apos;employeur négocier à la baisse.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="420"/>
        <source>Aim at the 75th percentile of the market band, not the median.</source>
        <translation>Visez le 75e centile de la fourchette du marché, pas la médiane.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="421"/>
        <source>Use a moderately precise number ($187,500, not $190,000) with a reason.</source>
        <translation>Utilisez un chiffre modérément précis (187&#xa0;500&#xa0;$, pas 190&#xa0;000&#xa0;$) avec une raison.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="422"/>
        <source>Raise the target percentile</source>
        <translation>Relever le centile cible</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="428"/>
        <source>Say &quot;market data puts this role at $X–$Y&quot;</source>
        <translation>Dites&#xa0;: «&#xa0;Les données du marché situent ce poste entre X et Y $&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="429"/>
        <source>External benchmarks are harder to argue against than personal expectations: &quot;I was hoping for more&quot; gives the recruiter nothing to take to the hiring manager.</source>
        <translation>Il est plus difficile de contester des références externes que des attentes personnelles&#xa0;: «&#xa0;J&apos;espérais davantage&#xa0;» ne donne au recruteur rien à présenter au responsable du recrutement.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="431"/>
        <source>Name the source and its year; the email does this for you.</source>
        <translation>Citez la source et son année&#xa0;; l&apos;e-mail le fait pour vous.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="432"/>
        <source>Never reveal your current pay.</source>
        <translation>Ne révélez jamais votre salaire actuel.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="433"/>
        <source>Use the market-anchored counter</source>
        <translation>Utiliser la contre-proposition ancrée sur le marché</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="437"/>
        <source>When base is stuck, move other levers</source>
        <translation>Quand le salaire de base est bloqué, actionnez d&apos;autres leviers</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="438"/>
        <source>Total compensation has more levers than base alone: equity and its vesting schedule, a signing bonus, accelerated refresh grants.</source>
        <translation>La rémunération totale offre plus de leviers que le seul salaire de base&#xa0;: les actions et leur calendrier d&apos;acquisition, une prime d&apos;embauche, des attributions complémentaires anticipées.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="440"/>
        <source>Ask for all levers in one message, in priority order.</source>
        <translation>Demandez tous les leviers dans un seul message, par ordre de priorité.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="441"/>
        <source>A sign-on bonus sits outside the salary band and sets no precedent.</source>
        <translation>Une prime d&apos;embauche sort de la grille salariale et ne crée pas de précédent.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="442"/>
        <source>Add a sign-on lever</source>
        <translation>Ajouter le levier de la prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="446"/>
        <source>Ask for 48 hours to review</source>
        <translation>Demandez 48 heures pour réfléchir</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="447"/>
        <source>This creates time to counter and signals that you take the offer seriously — not that you are uncertain.</source>
        <translation>Cela vous donne le temps de faire une contre-proposition et montre que vous prenez l&apos;offre au sérieux, et non que vous hésitez.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="449"/>
        <source>Don&apos;t decide on the call; thank them and ask for the offer in writing.</source>
        <translation>Ne décidez pas pendant l&apos;appel&#xa0;; remerciez et demandez l&apos;offre par écrit.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="450"/>
        <source>Ask for a specific date, especially when the deadline is under a week.</source>
        <translation>Demandez une date précise, surtout si le délai est inférieur à une semaine.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="451"/>
        <source>Insert the ask-for-time email</source>
        <translation>Insérer l&apos;e-mail de demande de délai</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="460"/>
        <source>Stronger approach:</source>
        <translation>Approche plus solide&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Anchorline::NotesHistoryPanel</name>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="28"/>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="159"/>
        <source>Edit history</source>
        <translation>Modifier l&apos;historique</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="215"/>
        <source>Add round</source>
        <translation>Ajouter un tour</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="230"/>
        <source>Remove round</source>
        <translation>Supprimer un tour</translation>
    </message>
</context>
<context>
    <name>Anchorline::ObjectReader</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="73"/>
        <source>unknown key; expected one of %1</source>
        <translation>clé inconnue&#xa0;; attendu&#xa0;: l&apos;une de %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="90"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="109"/>
        <source>expected a whole number, got %1</source>
        <translation>un nombre entier est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="127"/>
        <source>a percentage such as 10 or 3.5</source>
        <translation>un pourcentage comme 10 ou 3.5</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="133"/>
        <source>a percentage has at most two decimal places</source>
        <translation>un pourcentage a au plus deux décimales</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="151"/>
        <source>an amount such as 187500, 1234.56 or &quot;$187,500&quot;</source>
        <translation>un montant comme 187500, 1234.56 ou &quot;$187,500&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="178"/>
        <source>an object { ... }</source>
        <translation>un objet { ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="189"/>
        <source>the number is too large</source>
        <translation>le nombre est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="200"/>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1, reçu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Offer</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="61"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»&#xa0;; un code ISO comme USD ou EUR est attendu</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="66"/>
        <source>expected the yearly base salary, more than 0</source>
        <translation>le salaire de base annuel est attendu, supérieur à 0</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="73"/>
        <source>give either bonus_percent or bonus_fixed, not both</source>
        <translation>indiquez soit bonus_percent soit bonus_fixed, pas les deux</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="78"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="83"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferBriefReport</name>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="82"/>
        <source>Offer brief</source>
        <translation>Fiche de l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="83"/>
        <source>Offer brief — %1</source>
        <translation>Fiche de l&apos;offre — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="114"/>
        <source>Prepared %1 with Anchorline. Current pay is private and not shown.</source>
        <translation>Préparé le %1 avec Anchorline. Le salaire actuel est confidentiel et n&apos;est pas affiché.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="122"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="245"/>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="124"/>
        <source>Bonus (fixed)</source>
        <translation>Prime (fixe)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="127"/>
        <source>Target bonus</source>
        <translation>Prime cible</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="129"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="246"/>
        <source>Sign-on</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="132"/>
        <source>Equity grant (%1 years)</source>
        <translation>Attribution d&apos;actions (%1 ans)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="134"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="247"/>
        <source>Yearly refresher</source>
        <translation>Attribution complémentaire annuelle</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="136"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="137"/>
        <source>Target percentile</source>
        <translation>Centile cible</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>The offer</source>
        <translation>L&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>Market band (base pay)</source>
        <translation>Fourchette du marché (salaire de base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="157"/>
        <source>(estimate)</source>
        <translation>(estimation)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="161"/>
        <source>Offer base: %1. Source: %2.</source>
        <translation>Salaire de base de l&apos;offre&#xa0;: %1. Source&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="179"/>
        <source>4 years</source>
        <translation>4 ans</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="180"/>
        <source>Year by year (computed from the offer&apos;s terms)</source>
        <translation>Année par année (calculé à partir des conditions de l&apos;offre)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="219"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="224"/>
        <source>Market percentiles: %1.</source>
        <translation>Centiles du marché&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="235"/>
        <source>The ask — %1</source>
        <translation>La demande — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="242"/>
        <source>%1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="244"/>
        <source>%1: %2 (offered %3)</source>
        <translation>%1&#xa0;: %2 (proposé&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="248"/>
        <source>Equity per year</source>
        <translation>Actions par an</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="254"/>
        <source>Level: %1 (offered %2)</source>
        <translation>Niveau&#xa0;: %1 (proposé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="259"/>
        <source>No change to the numbers; the email asks for the levers below.</source>
        <translation>Aucun changement des chiffres&#xa0;; l&apos;e-mail demande les leviers ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="263"/>
        <source>Check: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Prime</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="226"/>
        <source>Offers side by side</source>
        <translation>Offres côte à côte</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="234"/>
        <source>The ask</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>The email</source>
        <translation>L&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="287"/>
        <source>Year-by-year pay is computed from the offer&apos;s own terms, not from market data.</source>
        <translation>La rémunération année par année est calculée à partir des conditions propres à l&apos;offre, pas des données du marché.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="288"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonChart</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="33"/>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="34"/>
        <source>Offers year by year</source>
        <translation>Offres année par année</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="101"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="112"/>
        <source>%1, estimated part</source>
        <translation>%1, part estimée</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="139"/>
        <source>Computed from each offer&apos;s terms as entered. Solid: base and sign-on; hatched: the estimated part (target bonus, and equity and refreshers valued at grant).</source>
        <translation>Calculé à partir des conditions de chaque offre telles que saisies. Plein&#xa0;: salaire de base et prime d&apos;embauche&#xa0;; hachuré&#xa0;: la part estimée (prime cible, ainsi qu&apos;actions et attributions complémentaires évaluées à leur valeur d&apos;attribution).</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="142"/>
        <source>Market percentiles in the table: %1</source>
        <translation>Centiles du marché dans le tableau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonModel</name>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="134"/>
        <source>This offer cannot be evaluated yet:
%1</source>
        <translation>Cette offre ne peut pas encore être évaluée&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="143"/>
        <source>No market band for this role, level and location</source>
        <translation>Pas de fourchette du marché pour ce poste, ce niveau et ce lieu</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="150"/>
        <source>Base salary against the market band. Source: %1</source>
        <translation>Salaire de base par rapport à la fourchette du marché. Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="164"/>
        <source>No real terms: %1</source>
        <translation>Pas de calcul en termes réels&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="171"/>
        <source>The 4-year total divided by the place&apos;s price parity / 100: what it buys at 2023 US-average prices. Source: %1</source>
        <translation>Le total sur 4 ans divisé par la parité de prix du lieu / 100&#xa0;: ce qu&apos;il permet d&apos;acheter aux prix moyens américains de 2023. Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="204"/>
        <source>Unvested equity forfeited plus sign-on repaid when leaving after 12 months</source>
        <translation>Actions non acquises perdues plus prime d&apos;embauche remboursée en cas de départ après 12 mois</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="206"/>
        <source>Of which %1 is estimated: the target bonus, and equity and refreshers at their grant value</source>
        <translation>Dont %1 estimés&#xa0;: la prime cible, ainsi que les actions et attributions complémentaires à leur valeur d&apos;attribution</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="228"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="230"/>
        <source>4-year total</source>
        <translation>Total sur 4 ans</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="232"/>
        <source>Market percentile (base)</source>
        <translation>Centile du marché (salaire de base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="234"/>
        <source>Walk-away cost at 12 months</source>
        <translation>Coût d&apos;un départ après 12 mois</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="236"/>
        <source>4-year total in real terms (BEA RPP, 2023 US prices)</source>
        <translation>Total sur 4 ans en termes réels (BEA RPP, prix américains de 2023)</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="21"/>
        <source>Offers side by side</source>
        <translation>Offres côte à côte</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="23"/>
        <source>Each offer&apos;s pay year by year, its market percentile and what leaving early costs. Hover a cell for its source.</source>
        <translation>La rémunération de chaque offre année par année, son centile du marché et le coût d&apos;un départ anticipé. Survolez une cellule pour voir sa source.</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferForm</name>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="325"/>
        <source>Edit offer</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="119"/>
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="130"/>
        <source>Custom yearly percentages</source>
        <translation>Pourcentages annuels personnalisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="132"/>
        <source>How the grant vests over the years. The presets are the common schedules (standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own.</source>
        <translation>Comment l&apos;attribution est acquise au fil des années. Les modèles sont les calendriers courants (standard sur 4 ans avec un cliff d&apos;un an, façon Amazon 5/15/40/40, façon Google 33/33/22/12, calendriers concentrés sur les premières années)&#xa0;; choisissez «&#xa0;Personnalisé&#xa0;» pour saisir le vôtre.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="142"/>
        <source>All of it</source>
        <translation>La totalité</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="143"/>
        <source>Pro rata (months not worked)</source>
        <translation>Au prorata (mois non travaillés)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="148"/>
        <source>Base salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="149"/>
        <source>Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band compares.</source>
        <translation>Salaire de base annuel brut, par ex. 187,500 ou 187.5k. C&apos;est lui que la fourchette du marché compare.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="153"/>
        <source>Fixed bonus</source>
        <translation>Prime fixe</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="154"/>
        <source>A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %.</source>
        <translation>Une prime annuelle fixe au lieu du pourcentage&#xa0;; laissez vide pour utiliser le % de prime cible.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus paid when you start.</source>
        <translation>Prime d&apos;embauche versée à votre arrivée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="156"/>
        <source>Sign-on year 2</source>
        <translation>Prime d&apos;embauche année 2</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="157"/>
        <source>Second sign-on payment at the start of year 2, if the bonus is split.</source>
        <translation>Second versement de la prime d&apos;embauche au début de l&apos;année 2, si la prime est fractionnée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="158"/>
        <source>Equity grant</source>
        <translation>Attribution d&apos;actions</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="159"/>
        <source>Total value of the initial equity grant (RSUs) at grant, over the whole vesting period, e.g. 240k.</source>
        <translation>Valeur totale de l&apos;attribution initiale d&apos;actions (RSU) à la date d&apos;attribution, sur toute la période d&apos;acquisition, par ex. 240k.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="162"/>
        <source>Refresher grant</source>
        <translation>Attribution complémentaire</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="163"/>
        <source>Value of the yearly refresher grant, if the company states one.</source>
        <translation>Valeur de l&apos;attribution complémentaire annuelle, si l&apos;entreprise en indique une.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="164"/>
        <source>Left behind</source>
        <translation>Laissé derrière vous</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="165"/>
        <source>Unvested equity and bonus you give up by leaving your current job: the basis for a make-whole sign-on ask. Never put into the email as your pay.</source>
        <translation>Actions non acquises et primes auxquelles vous renoncez en quittant votre emploi actuel&#xa0;: la base d&apos;une demande de prime d&apos;embauche compensatoire. Ne l&apos;indiquez jamais dans l&apos;e-mail comme votre salaire.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="169"/>
        <source>e.g. Software Engineer</source>
        <translation>par ex. Software Engineer</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="170"/>
        <source>e.g. San Jose, CA (empty: United States)</source>
        <translation>par ex. San Jose, CA (vide&#xa0;: États-Unis)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="171"/>
        <source>Your level for this offer. It picks the part of the local pay distribution the band shows.</source>
        <translation>Votre niveau pour cette offre. Il détermine la partie de la distribution locale des salaires que montre la fourchette.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="376"/>
        <source>Add offer</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="387"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="390"/>
        <source>Duplicate offer</source>
        <translation>Dupliquer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="410"/>
        <source>Remove offer</source>
        <translation>Supprimer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="427"/>
        <source>Choose competing offer</source>
        <translation>Choisir l&apos;offre concurrente</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="446"/>
        <source>&quot;%1&quot; is not a percentage; write the yearly shares like 25/25/25/25</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage&#xa0;; écrivez les parts annuelles comme 25/25/25/25</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="460"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>le cliff doit être compris entre 0 et %1 mois</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="653"/>
        <source>Vesting</source>
        <translation>Acquisition</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferJson</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="216"/>
        <source>unknown cadence &quot;%1&quot;; expected annual, semiannual, quarterly or monthly</source>
        <translation>rythme inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: annual, semiannual, quarterly ou monthly</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="238"/>
        <source>unknown schedule &quot;%1&quot;; expected one of %2, or an array of yearly percentages such as [25, 25, 25, 25]</source>
        <translation>calendrier inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2, ou un tableau de pourcentages annuels comme [25, 25, 25, 25]</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="262"/>
        <source>a preset name or an array of yearly percentages</source>
        <translation>un nom de calendrier prédéfini ou un tableau de pourcentages annuels</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="272"/>
        <source>expected 0 to %1 months</source>
        <translation>attendu&#xa0;: de 0 à %1 mois</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="290"/>
        <source>unknown rule &quot;%1&quot;; expected &quot;full&quot; or &quot;prorata&quot;</source>
        <translation>règle inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: «&#xa0;full&#xa0;» ou «&#xa0;prorata&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="320"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="342"/>
        <source>the file is empty; expected a JSON object { &quot;schema&quot;: 1, ... }</source>
        <translation>le fichier est vide&#xa0;; un objet JSON { &quot;schema&quot;: 1, ... } est attendu</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="351"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="355"/>
        <source>expected a JSON object { &quot;schema&quot;: 1, ... } at the top level</source>
        <translation>un objet JSON { &quot;schema&quot;: 1, ... } est attendu au premier niveau</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="369"/>
        <source>missing; expected &quot;schema&quot;: %1</source>
        <translation>manquant&#xa0;; attendu&#xa0;: &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="373"/>
        <source>expected %1; this version of Anchorline reads offer files of schema %1</source>
        <translation>attendu&#xa0;: %1&#xa0;; cette version d&apos;Anchorline lit les fichiers d&apos;offre du schéma %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="383"/>
        <source>unknown level &quot;%1&quot;; expected one of entry, junior, mid, senior, staff, principal</source>
        <translation>niveau inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: entry, junior, mid, senior, staff ou principal</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="392"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»&#xa0;; un code ISO comme USD ou EUR est attendu</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="399"/>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>une date au format AAAA-MM-JJ est attendue, reçu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="402"/>
        <source>missing; expected the yearly base salary, e.g. 187500</source>
        <translation>manquant&#xa0;; le salaire de base annuel est attendu, par ex. 187500</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="426"/>
        <source>contains the control character U+%1; expected one line of text</source>
        <translation>contient le caractère de contrôle U+%1&#xa0;; une seule ligne de texte est attendue</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferWorkspace</name>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="141"/>
        <source>No occupation matches the role &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Aucune profession ne correspond au poste «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une des suggestions.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="146"/>
        <source>No wage area matches the location &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Aucune zone salariale ne correspond au lieu «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une des suggestions.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="154"/>
        <source>No local data for %1 in %2 (%3); showing the national band.</source>
        <translation>Pas de données locales pour %1 à %2 (%3)&#xa0;; la fourchette nationale est affichée.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>No market band</source>
        <translation>Pas de fourchette du marché</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="187"/>
        <source>%1 (%2, your dataset &quot;%3&quot;)</source>
        <translation>%1 (%2, votre jeu de données «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="189"/>
        <source>%1 (%2, BLS OEWS May %3 survey)</source>
        <translation>%1 (%2, enquête BLS OEWS de mai %3)</translation>
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
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="26"/>
        <source>&amp;New Offer</source>
        <translation>&amp;Nouvelle offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="27"/>
        <source>Add an offer for the same role, place and base</source>
        <translation>Ajouter une offre pour le même poste, le même lieu et le même salaire de base</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="28"/>
        <source>&amp;Duplicate Offer</source>
        <translation>&amp;Dupliquer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="29"/>
        <source>Add a copy of the selected offer</source>
        <translation>Ajouter une copie de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="30"/>
        <source>&amp;Remove Offer</source>
        <translation>&amp;Supprimer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="31"/>
        <source>Remove the selected offer (Edit ▸ Undo brings it back)</source>
        <translation>Supprimer l&apos;offre sélectionnée (Édition ▸ Annuler la rétablit)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="32"/>
        <source>Re&amp;name Offer</source>
        <translation>&amp;Renommer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="33"/>
        <source>Edit the selected offer&apos;s label</source>
        <translation>Modifier le nom de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="34"/>
        <source>Ne&amp;xt Offer</source>
        <translation>Offre s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="37"/>
        <source>&amp;Previous Offer</source>
        <translation>Offre &amp;précédente</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="59"/>
        <source>Duplicate, remove or rename the selected offer</source>
        <translation>Dupliquer, supprimer ou renommer l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="60"/>
        <source>More offer actions</source>
        <translation>Autres actions sur l&apos;offre</translation>
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
        <translation>%1&#xa0;: l&apos;offre concurrente citée dans l&apos;e-mail de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="131"/>
        <source>The offers of this session. The selected offer is the one the form edits and the negotiation panel negotiates.</source>
        <translation>Les offres de cette session. L&apos;offre sélectionnée est celle que modifie le formulaire et que négocie le panneau de négociation.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="133"/>
        <source>Fix the problems listed under the form to switch offers</source>
        <translation>Corrigez les problèmes indiqués sous le formulaire pour changer d&apos;offre</translation>
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
        <translation>utilise la parité de %1&#xa0;: zone absente du découpage métropolitain 2020 du BEA</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="59"/>
        <source>uses %1&apos;s parity: non-metropolitan area (BEA has no per-state non-metro figure)</source>
        <translation>utilise la parité de %1&#xa0;: zone non métropolitaine (le BEA ne publie pas de chiffre non métropolitain par État)</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="67"/>
        <source>%1, %2 %3; %4</source>
        <translation>%1, %2 %3&#xa0;; %4</translation>
    </message>
</context>
<context>
    <name>Anchorline::PriceParityTable</name>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="91"/>
        <source>BEA publishes no price parity for %1 (%2): Puerto Rico, Guam and the Virgin Islands are not covered</source>
        <translation>Le BEA ne publie aucune parité de prix pour %1 (%2)&#xa0;: Porto Rico, Guam et les îles Vierges ne sont pas couverts</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="116"/>
        <source>the place is empty</source>
        <translation>le lieu est vide</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="131"/>
        <source>unknown place &quot;%1&quot;: not an OFLC area code, BEA metro code, state or US</source>
        <translation>lieu inconnu «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est ni un code de zone OFLC, ni un code métropolitain BEA, ni un État, ni US</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="145"/>
        <source>&quot;%1&quot; names more than one area; give an area code</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs zones&#xa0;; indiquez un code de zone</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="146"/>
        <source>unknown place &quot;%1&quot;</source>
        <translation>lieu inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="156"/>
        <source>the offer is in %1, but BEA price parities compare US price levels, so they apply to pay in US dollars only</source>
        <translation>l&apos;offre est en %1, mais les parités de prix du BEA comparent les niveaux de prix américains&#xa0;; elles ne s&apos;appliquent donc qu&apos;aux salaires en dollars américains</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="162"/>
        <source>the offer has no location</source>
        <translation>l&apos;offre n&apos;a pas de lieu</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="167"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>lieu inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Anchorline::RealTermsView</name>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="57"/>
        <source>This offer in real terms</source>
        <translation>Cette offre en termes réels</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="63"/>
        <source>As offered</source>
        <translation>Tel que proposé</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="65"/>
        <source>In 2023 US-average prices</source>
        <translation>Aux prix moyens américains de 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="68"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="69"/>
        <source>4-year total</source>
        <translation>Total sur 4 ans</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="86"/>
        <source>Sho&amp;w the market band in real terms (2023 US-average prices)</source>
        <translation>Afficher la fourchette du marché en termes réels (pri&amp;x moyens américains de 2023)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="88"/>
        <source>Divide the band, the offer and the ask by the place&apos;s price parity, so bands of different places compare by what the pay buys</source>
        <translation>Diviser la fourchette, l&apos;offre et la demande par la parité de prix du lieu, afin de comparer les fourchettes de lieux différents selon ce que le salaire permet d&apos;acheter</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="92"/>
        <source>Compare in another place</source>
        <translation>Comparer avec un autre lieu</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="95"/>
        <source>City, metro, county, state or area code</source>
        <translation>Ville, aire métropolitaine, comté, État ou code de zone</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="96"/>
        <source>The place to compare with, e.g. Austin, 12420, Texas or US</source>
        <translation>Le lieu avec lequel comparer, par ex. Austin, 12420, Texas ou US</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="109"/>
        <source>&amp;Place:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="156"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, parité de prix %3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="180"/>
        <source>The 4-year total of %1 in %2 buys what %3 buys at 2023 US-average prices.</source>
        <translation>Le total sur 4 ans de %1 à %2 a le même pouvoir d&apos;achat que %3 aux prix moyens américains de 2023.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="193"/>
        <source>Source: %1. Amounts divided by the parity / 100 and rounded to whole dollars; an estimate of buying power, not of taxes or housing alone. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Source&#xa0;: %1. Montants divisés par la parité / 100 et arrondis au dollar&#xa0;; une estimation du pouvoir d&apos;achat, pas des seuls impôts ni du seul logement. &lt;a href=&quot;#sources&quot;&gt;détails&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="198"/>
        <source>No price parity for this offer: %1.</source>
        <translation>Pas de parité de prix pour cette offre&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="199"/>
        <source>No offer yet.</source>
        <translation>Pas encore d&apos;offre.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="204"/>
        <source>Source: %1, %2. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Source&#xa0;: %1, %2. &lt;a href=&quot;#sources&quot;&gt;détails&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="218"/>
        <source>Type a place to see what it takes there to match this offer.</source>
        <translation>Saisissez un lieu pour voir ce qu&apos;il y faut pour égaler cette offre.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="222"/>
        <source>This offer&apos;s place has no price parity, so it cannot be compared.</source>
        <translation>Le lieu de cette offre n&apos;a pas de parité de prix&#xa0;: la comparaison est impossible.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="231"/>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="233"/>
        <source>; did you mean: %1</source>
        <translation>&#xa0;; vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="247"/>
        <source>To match this offer in %1 you need a base salary of %2, %3 in year 1 and %4 over 4 years.</source>
        <translation>Pour égaler cette offre à %1, il vous faut un salaire de base de %2, %3 l&apos;année 1 et %4 sur 4 ans.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="251"/>
        <source>Amounts × %1 / %2 (%3, US = 100), rounded to whole dollars.</source>
        <translation>Montants × %1 / %2 (%3, US = 100), arrondis au dollar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="257"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="273"/>
        <source>Annual base pay in 2023 US-average prices</source>
        <translation>Salaire de base annuel aux prix moyens américains de 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="276"/>
        <source>In 2023 US-average prices: divided by %1 · %2</source>
        <translation>Aux prix moyens américains de 2023&#xa0;: divisé par %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="291"/>
        <source>In 2023 US-average prices: 4-year total %1 (%2)</source>
        <translation>Aux prix moyens américains de 2023&#xa0;: total sur 4 ans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ReportExporter</name>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="125"/>
        <source>%1: the session holds no offer to report on</source>
        <translation>%1&#xa0;: la session ne contient aucune offre à présenter</translation>
    </message>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="61"/>
        <source>Role comparison</source>
        <translation>Comparaison de postes</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="102"/>
        <source>Typical pay</source>
        <translation>Salaire typique</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="117"/>
        <source>Early-career, mid-level and senior pay</source>
        <translation>Salaire en début de carrière, au niveau intermédiaire et senior</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="120"/>
        <source>Pay progression by level</source>
        <translation>Progression salariale par niveau</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="121"/>
        <source>Why the pay differs</source>
        <translation>Pourquoi les salaires diffèrent</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="133"/>
        <source>Skills that drive higher pay</source>
        <translation>Compétences qui font monter le salaire</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="134"/>
        <source>Career paths, plateaus and transitions</source>
        <translation>Parcours de carrière, paliers et reconversions</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="167"/>
        <source>A role the product brief profiles, or any occupation in the government data</source>
        <translation>Un poste décrit dans le dossier produit, ou toute profession des données publiques</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="171"/>
        <source>Government figures are for this place; the brief&apos;s figures are not local</source>
        <translation>Les chiffres publics concernent ce lieu&#xa0;; ceux du dossier produit ne sont pas locaux</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="180"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="181"/>
        <source>&amp;With:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="182"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="183"/>
        <source>L&amp;evel:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="201"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="207"/>
        <source>United States (national)</source>
        <translation>États-Unis (national)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="303"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="309"/>
        <source>Median base pay: %1</source>
        <translation>Salaire de base médian&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="335"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="350"/>
        <source>Median base pay, %1: %2 &lt;small&gt;(%3; level bands are modelled)&lt;/small&gt;</source>
        <translation>Salaire de base médian, %1&#xa0;: %2 &lt;small&gt;(%3&#xa0;; les fourchettes par niveau sont modélisées)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="349"/>
        <source>No government figures for these roles here.</source>
        <translation>Pas de chiffres publics pour ces postes ici.</translation>
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
        <translation>D&apos;après vos données importées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="376"/>
        <source>The product brief explains the difference only between AI engineers and software engineers. For these roles Anchorline shows the government pay figures above.</source>
        <translation>Le dossier produit n&apos;explique la différence qu&apos;entre ingénieurs IA et ingénieurs logiciels. Pour ces postes, Anchorline affiche les chiffres de salaire publics ci-dessus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="387"/>
        <source>The product brief has no skills or career-path data for this role.</source>
        <translation>Le dossier produit ne contient pas de données sur les compétences ou les parcours pour ce poste.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="408"/>
        <source>When pay growth slows:</source>
        <translation>Quand la progression salariale ralentit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="409"/>
        <source>Common transitions:</source>
        <translation>Reconversions courantes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Anchorline::RolePayTableModel</name>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="29"/>
        <source>Secondary source, %1</source>
        <translation>Source secondaire, %1</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="46"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="81"/>
        <source>%1 (est.)</source>
        <translation>%1 (est.)</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="123"/>
        <source>The source publishes only a lower bound for this figure.</source>
        <translation>La source ne publie qu&apos;une borne inférieure pour ce chiffre.</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="136"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="138"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="140"/>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="142"/>
        <source>Early-career</source>
        <translation>Début de carrière</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="144"/>
        <source>Mid-level</source>
        <translation>Niveau intermédiaire</translation>
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
        <translation>Ingénieur·e IA</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="25"/>
        <source>Government data has no AI engineer occupation; its figures are for Computer and Information Research Scientists (SOC 15-1221), the occupation that designs machine learning systems.</source>
        <translation>Les données publiques n&apos;ont pas de profession «&#xa0;ingénieur IA&#xa0;»&#xa0;; leurs chiffres portent sur les Computer and Information Research Scientists (SOC 15-1221), la profession qui conçoit les systèmes d&apos;apprentissage automatique.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="29"/>
        <source>Deep Learning Frameworks</source>
        <translation>Frameworks d&apos;apprentissage profond</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="30"/>
        <source>Expertise in TensorFlow, PyTorch, and other deep learning frameworks for building neural networks</source>
        <translation>Maîtrise de TensorFlow, PyTorch et d&apos;autres frameworks d&apos;apprentissage profond pour construire des réseaux de neurones</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="33"/>
        <source>Cloud AI Platforms</source>
        <translation>Plateformes d&apos;IA dans le cloud</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="34"/>
        <source>Proficiency with AWS SageMaker, Google AI Platform, Azure ML for scalable AI deployment</source>
        <translation>Maîtrise d&apos;AWS SageMaker, Google AI Platform et Azure ML pour déployer l&apos;IA à grande échelle</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="36"/>
        <source>MLOps and Model Deployment</source>
        <translation>MLOps et déploiement de modèles</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="37"/>
        <source>Skills in model versioning, monitoring, and production deployment pipelines</source>
        <translation>Compétences en gestion des versions de modèles, supervision et chaînes de déploiement en production</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="39"/>
        <source>Computer Vision</source>
        <translation>Vision par ordinateur</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="40"/>
        <source>Specialized knowledge in image processing, object detection, and visual AI systems</source>
        <translation>Connaissances spécialisées en traitement d&apos;images, détection d&apos;objets et systèmes d&apos;IA visuelle</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Junior AI Engineer</source>
        <translation>Ingénieur·e IA junior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Build basic ML models and data pipelines</source>
        <translation>Construire des modèles de ML simples et des chaînes de données</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>Design and deploy production AI systems</source>
        <translation>Concevoir et déployer des systèmes d&apos;IA en production</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Senior AI Engineer</source>
        <translation>Ingénieur·e IA senior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Lead AI architecture and research initiatives</source>
        <translation>Diriger l&apos;architecture IA et les projets de recherche</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Principal AI Engineer</source>
        <translation>Ingénieur·e IA principal·e</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Drive AI strategy and mentor engineering teams</source>
        <translation>Piloter la stratégie IA et encadrer les équipes d&apos;ingénierie</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="50"/>
        <source>AI engineers may plateau when specialization becomes too narrow or when moving into management roles that reduce hands-on technical work.</source>
        <translation>Les ingénieurs IA peuvent plafonner lorsque leur spécialisation devient trop étroite ou lorsqu&apos;ils passent à des postes de management qui réduisent le travail technique concret.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="52"/>
        <source>AI engineers often transition to data science, ML research, or technical product management roles.</source>
        <translation>Les ingénieurs IA évoluent souvent vers la data science, la recherche en ML ou la gestion de produit technique.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="61"/>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Software Engineer</source>
        <translation>Ingénieur·e logiciel</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="65"/>
        <source>System Design</source>
        <translation>Conception de systèmes</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="66"/>
        <source>Ability to design scalable, distributed systems and microservices architectures</source>
        <translation>Capacité à concevoir des systèmes distribués évolutifs et des architectures de microservices</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Cloud Platforms</source>
        <translation>Plateformes cloud</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Expertise in AWS, GCP, or Azure for building cloud-native applications</source>
        <translation>Maîtrise d&apos;AWS, GCP ou Azure pour construire des applications cloud natives</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Full-Stack Development</source>
        <translation>Développement full stack</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Proficiency across frontend, backend, and database technologies</source>
        <translation>Maîtrise des technologies frontend, backend et bases de données</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="72"/>
        <source>DevOps and CI/CD</source>
        <translation>DevOps et CI/CD</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="73"/>
        <source>Skills in automation, containerization, and continuous deployment practices</source>
        <translation>Compétences en automatisation, conteneurisation et déploiement continu</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Junior Software Engineer</source>
        <translation>Ingénieur·e logiciel junior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Write code and fix bugs under guidance</source>
        <translation>Écrire du code et corriger des bogues sous encadrement</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Build features and maintain applications independently</source>
        <translation>Développer des fonctionnalités et maintenir des applications en autonomie</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Senior Software Engineer</source>
        <translation>Ingénieur·e logiciel senior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Design systems and lead technical decisions</source>
        <translation>Concevoir des systèmes et porter les décisions techniques</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Staff/Principal Engineer</source>
        <translation>Ingénieur·e staff/principal</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Define architecture and mentor teams</source>
        <translation>Définir l&apos;architecture et encadrer les équipes</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="83"/>
        <source>Software engineers typically plateau at senior levels unless they develop system design expertise or move into technical leadership.</source>
        <translation>Les ingénieurs logiciels plafonnent généralement au niveau senior, sauf s&apos;ils développent une expertise en conception de systèmes ou évoluent vers le leadership technique.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="86"/>
        <source>Software engineers commonly move into engineering management, solution architecture, or product engineering roles at larger companies.</source>
        <translation>Dans les grandes entreprises, les ingénieurs logiciels évoluent souvent vers le management de l&apos;ingénierie, l&apos;architecture de solutions ou l&apos;ingénierie produit.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="118"/>
        <source>Specialization Premium</source>
        <translation>Prime de spécialisation</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="119"/>
        <source>AI engineers command higher salaries due to specialized knowledge in machine learning, deep learning, and AI frameworks that are in high demand but have limited talent supply.</source>
        <translation>Les ingénieurs IA obtiennent des salaires plus élevés grâce à leurs connaissances spécialisées en apprentissage automatique, apprentissage profond et frameworks d&apos;IA, très demandées mais rares sur le marché.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>Market Demand</source>
        <translation>Demande du marché</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>The AI boom has created intense competition for AI talent, while software engineering has a more mature and balanced talent market.</source>
        <translation>L&apos;essor de l&apos;IA a créé une concurrence intense pour les talents en IA, alors que le marché du génie logiciel est plus mûr et plus équilibré.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="124"/>
        <source>Technical Complexity</source>
        <translation>Complexité technique</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="125"/>
        <source>AI engineering requires advanced mathematics, statistics, and domain expertise in addition to programming skills, justifying premium compensation.</source>
        <translation>L&apos;ingénierie de l&apos;IA exige des mathématiques avancées, des statistiques et une expertise métier en plus de la programmation, ce qui justifie une rémunération plus élevée.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="128"/>
        <source>Business Impact</source>
        <translation>Impact sur l&apos;activité</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="129"/>
        <source>AI engineers often work on high-value initiatives like automation, predictive analytics, and intelligent systems that directly drive revenue and cost savings.</source>
        <translation>Les ingénieurs IA travaillent souvent sur des projets à forte valeur comme l&apos;automatisation, l&apos;analyse prédictive et les systèmes intelligents, qui génèrent directement du chiffre d&apos;affaires et des économies.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="132"/>
        <source>Educational Requirements</source>
        <translation>Exigences de formation</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="133"/>
        <source>AI roles typically require advanced degrees or specialized training in machine learning, while software engineering has more diverse educational pathways.</source>
        <translation>Les postes en IA exigent généralement un diplôme de haut niveau ou une formation spécialisée en apprentissage automatique, alors que le génie logiciel s&apos;ouvre à des parcours plus variés.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="145"/>
        <source>January 2026</source>
        <translation>Janvier 2026</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="155"/>
        <source>Secondary source: %1, last updated %2</source>
        <translation>Source secondaire&#xa0;: %1, dernière mise à jour %2</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="162"/>
        <source>HIGH IMPACT</source>
        <translation>IMPACT FORT</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="164"/>
        <source>MEDIUM IMPACT</source>
        <translation>IMPACT MOYEN</translation>
    </message>
</context>
<context>
    <name>Anchorline::Scanner</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="142"/>
        <source>unbalanced &apos;}&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation>«&#xa0;}&#xa0;» sans correspondance (écrivez «&#xa0;}}&#xa0;» pour une accolade littérale)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="155"/>
        <source>unbalanced &apos;{&apos;: no closing &apos;}&apos; for this field (write &apos;{{&apos; for a literal brace)</source>
        <translation>«&#xa0;{&#xa0;» sans correspondance&#xa0;: pas de «&#xa0;}&#xa0;» fermant pour ce champ (écrivez «&#xa0;{{&#xa0;» pour une accolade littérale)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="164"/>
        <source>empty field {}: fields need a name, e.g. {company}</source>
        <translation>champ vide {}&#xa0;: les champs ont besoin d&apos;un nom, par ex. {company}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="168"/>
        <source>unknown field {%1}</source>
        <translation>champ inconnu {%1}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="184"/>
        <source>width or precision in field {%1} is larger than %2</source>
        <translation>la largeur ou la précision du champ {%1} dépasse %2</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="193"/>
        <source>bad format spec &quot;%1&quot; in field {%2}: %3</source>
        <translation>spécification de format «&#xa0;%1&#xa0;» incorrecte dans le champ {%2}&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="17"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="19"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="21"/>
        <source>Countered</source>
        <translation>Contre-proposition</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="23"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Session.cpp" line="66"/>
        <source>offer %1 does not exist; the session has %n offer(s)</source>
        <translation>
            <numerusform>l&apos;offre %1 n&apos;existe pas&#xa0;; la session contient %n offre</numerusform>
            <numerusform>l&apos;offre %1 n&apos;existe pas&#xa0;; la session contient %n offres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="73"/>
        <source>an offer cannot be its own competing offer</source>
        <translation>une offre ne peut pas être sa propre offre concurrente</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="76"/>
        <source>%1 is outside 10 … 90</source>
        <translation>%1 est hors de 10 … 90</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="91"/>
        <source>Offer %1</source>
        <translation>Offre %1</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="92"/>
        <source>Offer %1 — %2</source>
        <translation>Offre %1 — %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionDocument</name>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="55"/>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="57"/>
        <source>&amp;Open Session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="59"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une session &amp;récente</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="65"/>
        <source>&amp;Save Session</source>
        <translation>Enregi&amp;strer la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="68"/>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session so&amp;us…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="70"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;charger la version enregistrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="87"/>
        <source>No recent sessions</source>
        <translation>Aucune session récente</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="150"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>Cannot Open Session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>%1: the session has no offer to show.</source>
        <translation>%1&#xa0;: la session ne contient aucune offre à afficher.</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="187"/>
        <source>Cannot Save Session</source>
        <translation>Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="208"/>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="209"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="237"/>
        <source>Anchorline sessions (*.%1)</source>
        <translation>Sessions Anchorline (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="236"/>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="247"/>
        <source>Revert Session</source>
        <translation>Recharger la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="248"/>
        <source>Discard your changes and reload %1 as last saved?</source>
        <translation>Abandonner vos modifications et recharger %1 dans sa dernière version enregistrée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="280"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="288"/>
        <source>Recover Session</source>
        <translation>Récupérer la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="296"/>
        <source>Cannot Recover Session</source>
        <translation>Impossible de récupérer la session</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="310"/>
        <source>untitled.%1</source>
        <translation>sans titre.%1</translation>
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
        <translation>%1&#xa0;: enregistrement impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="98"/>
        <source>%1: cannot read the previous version to keep it as a backup: %2</source>
        <translation>%1&#xa0;: impossible de lire la version précédente pour la conserver comme sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="105"/>
        <source>%1: not saved, because the backup of the previous version failed: %2</source>
        <translation>%1&#xa0;: non enregistré, car la sauvegarde de la version précédente a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="122"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="29"/>
        <location filename="../src/core/SessionJson.cpp" line="83"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="31"/>
        <location filename="../src/core/SessionJson.cpp" line="209"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="33"/>
        <location filename="../src/core/SessionJson.cpp" line="195"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="37"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="68"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="92"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="107"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 est hors de %2 … %3</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="120"/>
        <source>a percentage such as -30 or 12.5</source>
        <translation>un pourcentage comme -30 ou 12.5</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="126"/>
        <source>%1 has more than two decimals</source>
        <translation>%1 a plus de deux décimales</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="139"/>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; attendu&#xa0;: AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="152"/>
        <source>&quot;%1&quot; is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;; attendu&#xa0;: AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="168"/>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="183"/>
        <source>&quot;%1&quot; is not a known currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise connu</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="216"/>
        <source>%1 entries; a session holds at most %2</source>
        <translation>%1 entrées&#xa0;; une session en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="224"/>
        <source>expected an object, found %1</source>
        <translation>un objet est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="237"/>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="275"/>
        <source>&quot;%1&quot; is not a tone; expected warm, direct or formal</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ton&#xa0;; attendu&#xa0;: warm, direct ou formal</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="286"/>
        <source>&quot;%1&quot; is not a company stage; expected startup, growth, public or government-nonprofit</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un stade d&apos;entreprise&#xa0;; attendu&#xa0;: startup, growth, public ou government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="355"/>
        <source>&quot;%1&quot; is not an outcome; expected pending, accepted, countered or declined</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un résultat&#xa0;; attendu&#xa0;: pending, accepted, countered ou declined</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="431"/>
        <source>missing; expected &quot;Anchorline&quot;</source>
        <translation>manquant&#xa0;; attendu&#xa0;: &quot;Anchorline&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="432"/>
        <source>&quot;%1&quot; is not an Anchorline session</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une session Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="438"/>
        <source>missing; expected a number such as 1</source>
        <translation>manquant&#xa0;; un nombre comme 1 est attendu</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="444"/>
        <source>this session was saved by a newer Anchorline (session schema %1); this version reads schema %2 and older. Update Anchorline to open it.</source>
        <translation>cette session a été enregistrée par une version plus récente d&apos;Anchorline (schéma de session %1)&#xa0;; cette version lit le schéma %2 et les précédents. Mettez Anchorline à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="472"/>
        <source>expected an object with the offer, found %1</source>
        <translation>un objet contenant l&apos;offre est attendu, trouvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenario</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="31"/>
        <source>Bear</source>
        <translation>Baissier</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="33"/>
        <source>Flat</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="35"/>
        <source>Bull</source>
        <translation>Haussier</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenarioSettings</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="59"/>
        <source>%1 % a year is below -100 %: a share price cannot lose more than all of its value</source>
        <translation>%1&#xa0;% par an est inférieur à -100&#xa0;%&#xa0;: un cours ne peut pas perdre plus que la totalité de sa valeur</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="63"/>
        <source>%1 % a year is above the largest growth modelled, +%2 %</source>
        <translation>%1&#xa0;% par an dépasse la plus forte croissance modélisée, +%2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="72"/>
        <source>%1 % is not a discount; expected 0 to 100 %</source>
        <translation>%1&#xa0;% n&apos;est pas une décote&#xa0;; attendu&#xa0;: de 0 à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="90"/>
        <source>Private-company equity may be worth nothing: the shares may never be sold, and a sale or listing may value them below the grant price. The amounts are expected values after the discount, not promises.</source>
        <translation>Les actions d&apos;une entreprise non cotée peuvent ne rien valoir&#xa0;: elles risquent de ne jamais pouvoir être vendues, et une vente ou une introduction en bourse peut les valoriser en dessous du prix d&apos;attribution. Les montants sont des valeurs espérées après décote, pas des promesses.</translation>
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
        <translation>Baissie&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>F&amp;lat:</source>
        <translation>Ne&amp;utre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>B&amp;ull:</source>
        <translation>&amp;Haussier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="49"/>
        <source>Bear scenario: the yearly change of the share price, applied from each grant date to each vest. -100 % means the shares become worthless.</source>
        <translation>Scénario baissier&#xa0;: la variation annuelle du cours de l&apos;action, appliquée de chaque date d&apos;attribution à chaque acquisition. -100&#xa0;% signifie que les actions ne valent plus rien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="51"/>
        <source>Flat scenario: the yearly change of the share price; 0 % values every vest at its grant value.</source>
        <translation>Scénario neutre&#xa0;: la variation annuelle du cours de l&apos;action&#xa0;; 0&#xa0;% évalue chaque acquisition à sa valeur d&apos;attribution.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="52"/>
        <source>Bull scenario: the yearly change of the share price, applied from each grant date to each vest.</source>
        <translation>Scénario haussier&#xa0;: la variation annuelle du cours de l&apos;action, appliquée de chaque date d&apos;attribution à chaque acquisition.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="78"/>
        <source>Private-company disc&amp;ount:</source>
        <translation>Tau&amp;x de décote (entreprise non cotée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="83"/>
        <source>Private shares count at (100 % - discount) of their scenario value: an expected value for shares that may never be sold. The default 50 % is a convention (the x0.5 factor of the open-source offer-compare tool), not a measured figure.</source>
        <translation>Les actions non cotées comptent pour (100&#xa0;% - décote) de leur valeur dans le scénario&#xa0;: une valeur espérée pour des actions qui ne pourront peut-être jamais être vendues. La valeur par défaut de 50&#xa0;% est une convention (le facteur x0,5 de l&apos;outil open source offer-compare), pas un chiffre mesuré.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="163"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="168"/>
        <source>Years 1-4, equity and refreshers: %1. At grant value, as in your offer: %2.</source>
        <translation>Années 1 à 4, actions et attributions complémentaires&#xa0;: %1. À la valeur d&apos;attribution, comme dans votre offre&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="173"/>
        <source>Private company (startup or growth stage): the amounts are discounted by %1 %. %2</source>
        <translation>Entreprise non cotée (startup ou en croissance)&#xa0;: les montants subissent une décote de %1&#xa0;%. %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::StrategyCatalogue</name>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="63"/>
        <source>Market-anchored precise counter</source>
        <translation>Contre-proposition précise ancrée sur le marché</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="64"/>
        <source>Counter at the market band&apos;s target percentile (default p75) with a moderately precise number.</source>
        <translation>Contre-proposition au centile cible de la fourchette du marché (p75 par défaut) avec un chiffre modérément précis.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="65"/>
        <source>The ask for base is the band&apos;s value at the target percentile, rounded to $500 ($250 under $100,000): precise enough to show research, not so precise that it looks arbitrary. The email gives the market data as the reason.</source>
        <translation>La demande de salaire de base est la valeur de la fourchette au centile cible, arrondie à 500&#xa0;$ (250&#xa0;$ sous 100&#xa0;000&#xa0;$)&#xa0;: assez précise pour montrer vos recherches, sans l&apos;être au point de paraître arbitraire. L&apos;e-mail donne les données du marché comme raison.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="68"/>
        <source>The offer&apos;s base is at or below about the 60th percentile of the market band and there is no competing offer. Works at any company stage.</source>
        <translation>Le salaire de base de l&apos;offre se situe à environ le 60e centile de la fourchette du marché ou en dessous, et il n&apos;y a pas d&apos;offre concurrente. Convient à tous les stades d&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="73"/>
        <source>Bolstering range</source>
        <translation>Fourchette de renfort</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="74"/>
        <source>Ask for a narrow range that starts at the target: T to T + 5 %.</source>
        <translation>Demandez une fourchette étroite qui commence à l&apos;objectif&#xa0;: de T à T + 5&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="75"/>
        <source>The range runs from the target T (the band&apos;s target percentile, rounded) to T × 1.05, rounded. Never a range that ends at the target (a &quot;backdown&quot; range).</source>
        <translation>La fourchette va de l&apos;objectif T (le centile cible de la fourchette, arrondi) à T × 1,05, arrondi. Jamais une fourchette qui se termine à l&apos;objectif (une fourchette «&#xa0;de repli&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="77"/>
        <source>As for the precise counter, when a softer tone suits: the counterpart is the future manager or the relationship matters.</source>
        <translation>Comme la contre-proposition précise, lorsqu&apos;un ton plus doux convient&#xa0;: l&apos;interlocuteur est votre futur responsable ou la relation compte.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="83"/>
        <source>Competing-offer match</source>
        <translation>Alignement sur l&apos;offre concurrente</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="84"/>
        <source>Ask this company to match a real, higher competing offer, component by component.</source>
        <translation>Demandez à cette entreprise de s&apos;aligner, élément par élément, sur une offre concurrente réelle et plus élevée.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="85"/>
        <source>Each component is asked at the higher of the two offers (base, sign-on, equity per year); any remaining gap in yearly total compensation goes into the sign-on bonus. Only the numbers the user entered are used: a competing offer is never invented or inflated, and a lower one is never cited.</source>
        <translation>Chaque élément est demandé au plus haut des deux offres (salaire de base, prime d&apos;embauche, actions par an)&#xa0;; tout écart restant dans la rémunération totale annuelle passe dans la prime d&apos;embauche. Seuls les chiffres saisis sont utilisés&#xa0;: une offre concurrente n&apos;est jamais inventée ni gonflée, et une offre inférieure n&apos;est jamais citée.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="90"/>
        <source>You hold a written competing offer whose yearly total compensation is higher than this offer&apos;s.</source>
        <translation>Vous avez une offre concurrente écrite dont la rémunération totale annuelle est supérieure à celle de cette offre.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="95"/>
        <source>Sign-on bridge</source>
        <translation>Relais par la prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="96"/>
        <source>Keep base, ask for a sign-on bonus that makes you whole or bridges the first-year gap.</source>
        <translation>Conservez le salaire de base et demandez une prime d&apos;embauche qui vous dédommage ou comble l&apos;écart de la première année.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="97"/>
        <source>The sign-on ask is the offered sign-on plus the larger of the compensation you forfeit by leaving and the first-year gap between the target base and the offered base (rounded). Check the clawback terms.</source>
        <translation>La prime d&apos;embauche demandée est la prime proposée plus le plus élevé de ces deux montants&#xa0;: la rémunération à laquelle vous renoncez en partant et l&apos;écart de la première année entre le salaire de base visé et le salaire de base proposé (arrondi). Vérifiez les conditions de remboursement.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="102"/>
        <source>The employer says base is capped, or you forfeit unvested equity or a bonus by leaving.</source>
        <translation>L&apos;employeur dit que le salaire de base est plafonné, ou vous renoncez en partant à des actions non acquises ou à une prime.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="106"/>
        <source>Equity and refresh lever</source>
        <translation>Levier actions et attributions complémentaires</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="107"/>
        <source>Move the cash gap into equity, and ask for a written refresh policy.</source>
        <translation>Reportez l&apos;écart de salaire sur les actions et demandez par écrit la politique d&apos;attributions complémentaires.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="108"/>
        <source>The equity ask per year is the offered yearly equity plus the gap between the target base and the offered base (rounded); the grant ask is that times the vesting years. Ask for the refresh policy in writing. Value options with care: not as ownership % × last valuation.</source>
        <translation>La demande annuelle d&apos;actions est la valeur annuelle proposée plus l&apos;écart entre le salaire de base visé et le salaire de base proposé (arrondi)&#xa0;; l&apos;attribution demandée correspond à ce montant multiplié par les années d&apos;acquisition. Demandez la politique d&apos;attributions complémentaires par écrit. Évaluez les options avec prudence&#xa0;: pas comme % de détention × dernière valorisation.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="113"/>
        <source>Growth-stage or public companies, where cash is tight but equity can move. At a startup, ask about the option count and the exercise window.</source>
        <translation>Entreprises en croissance ou cotées, où la trésorerie est serrée mais où les actions peuvent bouger. Dans une startup, demandez le nombre d&apos;options et le délai d&apos;exercice.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="119"/>
        <source>Re-level ask</source>
        <translation>Demande de reclassement</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="120"/>
        <source>Ask to be leveled one level up; the next level&apos;s band sets the new target.</source>
        <translation>Demandez à être classé un niveau plus haut&#xa0;; la fourchette du niveau suivant fixe le nouvel objectif.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="121"/>
        <source>The level ask is the next career level. With that level&apos;s band, the base ask is its value at the target percentile (rounded); without it, only the level is asked for.</source>
        <translation>La demande de niveau porte sur le niveau de carrière suivant. Avec la fourchette de ce niveau, la demande de salaire de base est sa valeur au centile cible (arrondie)&#xa0;; sans elle, seul le niveau est demandé.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="124"/>
        <source>Your experience maps above the offered level (the level sets the band).</source>
        <translation>Votre expérience correspond à un niveau supérieur à celui proposé (le niveau fixe la fourchette).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="128"/>
        <source>Package menu</source>
        <translation>Menu de formules</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="129"/>
        <source>Offer two or three packages of equal value and let the employer choose.</source>
        <translation>Proposez deux ou trois formules de valeur égale et laissez l&apos;employeur choisir.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="130"/>
        <source>Package A is the target base T. Package B trades half the gap to T (d, rounded) for a sign-on of 2 × d (equal value over the first two years). Package C trades d for d more equity per year.</source>
        <translation>La formule A est le salaire de base visé T. La formule B échange la moitié de l&apos;écart avec T (d, arrondi) contre une prime d&apos;embauche de 2 × d (même valeur sur les deux premières années). La formule C échange d contre d d&apos;actions en plus par an.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="133"/>
        <source>Several levers are in play and the employer&apos;s priorities are unclear.</source>
        <translation>Plusieurs leviers sont en jeu et les priorités de l&apos;employeur ne sont pas claires.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="137"/>
        <source>Non-cash levers</source>
        <translation>Leviers non salariaux</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="138"/>
        <source>Cash stays as offered; ask for start date, remote days, PTO and a pay review at six months.</source>
        <translation>Le salaire reste tel que proposé&#xa0;; demandez la date de début, des jours de télétravail, des congés et une révision salariale à six mois.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="139"/>
        <source>No cash component changes. The email lists the non-cash asks in priority order: start date, remote work, paid time off, and a compensation review after six months.</source>
        <translation>Aucun élément de rémunération ne change. L&apos;e-mail énumère les demandes non salariales par ordre de priorité&#xa0;: date de début, télétravail, congés payés et révision de la rémunération après six mois.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="142"/>
        <source>Cash is fixed (government, non-profit, strict bands), or the cash ask has already been met.</source>
        <translation>Le salaire est fixe (administration, organisme à but non lucratif, grilles strictes), ou la demande salariale est déjà satisfaite.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="146"/>
        <source>&quot;Ready to sign&quot; close</source>
        <translation>Conclusion «&#xa0;prêt à signer&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="147"/>
        <source>The precise counter plus a clear promise: if we get there, I&apos;m ready to sign.</source>
        <translation>La contre-proposition précise plus une promesse claire&#xa0;: si nous y arrivons, je suis prêt à signer.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="148"/>
        <source>The ask is the market-anchored counter; the email closes with &quot;If we can get to X, I&apos;m ready to sign this week.&quot; Use it once, at the end, and only if you truly would accept.</source>
        <translation>La demande est la contre-proposition ancrée sur le marché&#xa0;; l&apos;e-mail se termine par «&#xa0;Si nous pouvons arriver à X, je suis prêt à signer cette semaine.&#xa0;» Utilisez-la une seule fois, à la fin, et seulement si vous accepteriez vraiment.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="151"/>
        <source>You would accept the offer if the ask is met.</source>
        <translation>Vous accepteriez l&apos;offre si la demande était satisfaite.</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateDocument</name>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="53"/>
        <source>%1:%2: section [%3] appears twice</source>
        <translation>%1:%2&#xa0;: la section [%3] apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="64"/>
        <source>%1:%2: text before the first [section] header</source>
        <translation>%1:%2&#xa0;: texte avant le premier en-tête [section]</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateLibrary</name>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="130"/>
        <source>no template &quot;%1&quot; for language &quot;%2&quot;%3</source>
        <translation>aucun modèle «&#xa0;%1&#xa0;» pour la langue «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="131"/>
        <source> and tone &quot;%1&quot;</source>
        <translation> et le ton «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateRenderer</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="214"/>
        <source>%1: %2 (section [%3])</source>
        <translation>%1&#xa0;: %2 (section [%3])</translation>
    </message>
</context>
<context>
    <name>Anchorline::UserDataEraser</name>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="120"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1&#xa0;: suppression impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="155"/>
        <source>Settings (recent sessions, last session, window layout, language)</source>
        <translation>Réglages (sessions récentes, dernière session, disposition des fenêtres, langue)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="157"/>
        <source>Autosave snapshots (crash recovery)</source>
        <translation>Copies de sauvegarde automatique (récupération après plantage)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="159"/>
        <source>Imported datasets</source>
        <translation>Jeux de données importés</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/UserDataEraser.cpp" line="167"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::VestingSchedule</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="40"/>
        <source>25/25/25/25, 1-year cliff, then quarterly</source>
        <translation>25/25/25/25, cliff d&apos;un an, puis trimestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="47"/>
        <source>25/25/25/25, 1-year cliff, then monthly</source>
        <translation>25/25/25/25, cliff d&apos;un an, puis mensuel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="54"/>
        <source>5/15/40/40 (Amazon-style): years 1 and 2 at anniversaries, then semiannual</source>
        <translation>5/15/40/40 (façon Amazon)&#xa0;: années 1 et 2 à la date anniversaire, puis semestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="62"/>
        <source>33/33/22/12 (Google-style): monthly, no cliff</source>
        <translation>33/33/22/12 (façon Google)&#xa0;: mensuel, sans cliff</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="69"/>
        <source>40/30/20/10, 1-year cliff, then quarterly</source>
        <translation>40/30/20/10, cliff d&apos;un an, puis trimestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="76"/>
        <source>35/30/20/15, 1-year cliff, then quarterly</source>
        <translation>35/30/20/15, cliff d&apos;un an, puis trimestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="212"/>
        <source>give between 1 and %1 yearly percentages</source>
        <translation>indiquez entre 1 et %1 pourcentages annuels</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="216"/>
        <source>a yearly percentage may not be negative</source>
        <translation>un pourcentage annuel ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="220"/>
        <source>the yearly percentages sum to %1 %, not 100 %</source>
        <translation>la somme des pourcentages annuels est de %1&#xa0;%, et non de 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="226"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>le cliff doit être compris entre 0 et %1 mois</translation>
    </message>
</context>
<context>
    <name>Anchorline::WalkAwayChart</name>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="29"/>
        <source>Cost of leaving early</source>
        <translation>Coût d&apos;un départ anticipé</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="36"/>
        <source>unvested equity forfeited</source>
        <translation>actions non acquises perdues</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="37"/>
        <source>sign-on repaid</source>
        <translation>prime d&apos;embauche remboursée</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="38"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="50"/>
        <source>Months after the start date</source>
        <translation>Mois après la date de début</translation>
    </message>
</context>
<context>
    <name>Anchorline::YearByYearChart</name>
    <message>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="23"/>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="24"/>
        <source>Pay year by year</source>
        <translation>Rémunération année par année</translation>
    </message>
</context>
<context>
    <name>BandModel</name>
    <message>
        <location filename="../src/core/BandModel.cpp" line="231"/>
        <source>%1 band: the occupation&apos;s pay distribution here from about its p%2 to p%3, centred on p%4; every value is an estimate.</source>
        <translation>Fourchette %1&#xa0;: la distribution des salaires de la profession ici, d&apos;environ p%2 à p%3, centrée sur p%4&#xa0;; toutes les valeurs sont des estimations.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="288"/>
        <source>BLS OEWS publishes no national %1 wages for occupation %2.</source>
        <translation>BLS OEWS ne publie pas de salaires %1 nationaux pour la profession %2.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="294"/>
        <source>BLS OEWS publishes no national %1 percentiles for %2 (%3).</source>
        <translation>BLS OEWS ne publie pas de centiles %1 nationaux pour %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="301"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="304"/>
        <source>May %1</source>
        <translation>Mai %1</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="306"/>
        <source>BLS OEWS national wage percentiles, annual base pay (no bonus or stock).</source>
        <translation>Centiles nationaux des salaires BLS OEWS, salaire de base annuel (sans prime ni actions).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="310"/>
        <source>Published hourly only: annualised as hourly × 2080.</source>
        <translation>Publié uniquement en taux horaire&#xa0;: annualisé comme taux horaire × 2080.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="314"/>
        <source>Top-coded values are lower bounds: BLS publishes pay of $239,200 or more only as “≥ $239,200”.</source>
        <translation>Les valeurs plafonnées sont des bornes inférieures&#xa0;: le BLS ne publie les salaires de 239&#xa0;200&#xa0;$ ou plus que sous la forme «&#xa0;≥ 239&#xa0;200&#xa0;$&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="324"/>
        <source>Unknown occupation code “%1”.</source>
        <translation>Code de profession inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="327"/>
        <source>Unknown area code “%1”.</source>
        <translation>Code de zone inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="333"/>
        <source>DOL OFLC publishes no wage levels for %1 (%2) in %3; try the national band (US).</source>
        <translation>DOL OFLC ne publie pas de niveaux de salaire pour %1 (%2) à %3&#xa0;; essayez la fourchette nationale (US).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="347"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; p50 is Level III. Other percentiles are estimates from a log-normal fitted to the four levels.</source>
        <translation>Salaire de base annuel. Les niveaux OFLC I à IV sont les p17, p34, p50 et p67 locaux&#xa0;; p50 est le niveau III. Les autres centiles sont estimés à partir d&apos;une loi log-normale ajustée aux quatre niveaux.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="351"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; the local pay curve passes through them, with tails from a log-normal fitted to the four levels.</source>
        <translation>Salaire de base annuel. Les niveaux OFLC I à IV sont les p17, p34, p50 et p67 locaux&#xa0;; la courbe des salaires locale passe par eux, avec des extrémités issues d&apos;une loi log-normale ajustée aux quatre niveaux.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="361"/>
        <source>Each career level is a slice of the local pay distribution for the occupation, centred on a percentile: entry on the 17th (OFLC Level I), junior on the 34th (Level II), mid-level on the 50th (Level III, the median), senior on the 67th (Level IV), staff on the 80th and principal on the 90th. A level&apos;s band runs from 8 percentiles below its centre to 8 above (for example senior: p59 to p75), so higher levels never pay less. Without a level, the band is the whole distribution (p10 to p90). Level bands are estimates: no public source publishes pay by career level.</source>
        <translation>Chaque niveau de carrière est une tranche de la distribution locale des salaires de la profession, centrée sur un centile&#xa0;: débutant sur le 17e (niveau OFLC I), junior sur le 34e (niveau II), intermédiaire sur le 50e (niveau III, la médiane), senior sur le 67e (niveau IV), staff sur le 80e et principal sur le 90e. La fourchette d&apos;un niveau va de 8 centiles sous son centre à 8 au-dessus (par exemple senior&#xa0;: de p59 à p75), si bien que les niveaux supérieurs ne paient jamais moins. Sans niveau, la fourchette couvre toute la distribution (de p10 à p90). Les fourchettes par niveau sont des estimations&#xa0;: aucune source publique ne publie les salaires par niveau de carrière.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="376"/>
        <source>Figures are annual base pay. For a metro or non-metro area, the U.S. Department of Labor&apos;s four prevailing-wage levels (OFLC, July 2025 – June 2026, from the May 2024 OEWS survey) are the local 17th, 34th, 50th and 67th percentiles; the median is Level III as published. The other percentiles are estimated: a log-normal distribution fitted to the four levels by least squares gives the spread, and the curve passes through the published levels. For the whole United States, the BLS OEWS May 2024 national percentiles are shown as published; BLS publishes pay of $239,200 and more only as “≥ $239,200”, so such values are lower bounds.</source>
        <translation>Les chiffres sont des salaires de base annuels. Pour une aire métropolitaine ou non métropolitaine, les quatre niveaux de salaire de référence du U.S. Department of Labor (OFLC, juillet 2025 – juin 2026, tirés de l&apos;enquête OEWS de mai 2024) sont les 17e, 34e, 50e et 67e centiles locaux&#xa0;; la médiane est le niveau III tel que publié. Les autres centiles sont estimés&#xa0;: une loi log-normale ajustée aux quatre niveaux par les moindres carrés donne la dispersion, et la courbe passe par les niveaux publiés. Pour l&apos;ensemble des États-Unis, les centiles nationaux BLS OEWS de mai 2024 sont affichés tels que publiés&#xa0;; le BLS ne publie les salaires de 239&#xa0;200&#xa0;$ et plus que sous la forme «&#xa0;≥ 239&#xa0;200&#xa0;$&#xa0;», ces valeurs sont donc des bornes inférieures.</translation>
    </message>
</context>
<context>
    <name>BandPosition</name>
    <message>
        <location filename="../src/core/Band.cpp" line="53"/>
        <source>%1st percentile</source>
        <translation>%1e centile</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="55"/>
        <source>%1nd percentile</source>
        <translation>%1e centile</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="57"/>
        <source>%1rd percentile</source>
        <translation>%1e centile</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="58"/>
        <source>%1th percentile</source>
        <translation>%1e centile</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="84"/>
        <source>no known percentiles</source>
        <translation>aucun centile connu</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="94"/>
        <source>below %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="126"/>
        <source>above p90</source>
        <translation>au-dessus de p90</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="135"/>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="138"/>
        <source>%1 is ≥ %2</source>
        <translation>%1 est ≥ %2</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="142"/>
        <source>between %1 and %2 (%3)</source>
        <translation>entre %1 et %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="147"/>
        <source>at or above %1 (%2)</source>
        <translation>à %1 ou au-dessus (%2)</translation>
    </message>
</context>
<context>
    <name>CareerLevel</name>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="38"/>
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="40"/>
        <source>Entry</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="42"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="44"/>
        <source>Mid-level</source>
        <translation>Intermédiaire</translation>
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
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>ClientListWindow</name>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="14"/>
        <source>Clients — Anchorline</source>
        <translation>Clients — Anchorline</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="22"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="39"/>
        <source>C&amp;hoose Folder…</source>
        <translation>&amp;Choisir le dossier…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="42"/>
        <source>The folder that holds your clients&apos; session files (*.anchorline)</source>
        <translation>Le dossier qui contient les fichiers de session de vos clients (*.anchorline)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="53"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="63"/>
        <source>Filters by client name and notes as you type (Ctrl+F); accents and case do not matter. Down moves into the list, Enter opens the selected client.</source>
        <translation>Filtre par nom de client et par notes pendant la saisie (Ctrl+F)&#xa0;; les accents et la casse sont ignorés. La flèche vers le bas passe dans la liste, Entrée ouvre le client sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="66"/>
        <source>Client name or words from the notes</source>
        <translation>Nom du client ou mots des notes</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="78"/>
        <source>Enter or double-click opens the client&apos;s session in the main window</source>
        <translation>Entrée ou un double-clic ouvre la session du client dans la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="118"/>
        <source>&amp;New Client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="121"/>
        <source>Create a session file for a new client in this folder and open it</source>
        <translation>Créer dans ce dossier un fichier de session pour un nouveau client et l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="131"/>
        <source>Read the folder again (F5)</source>
        <translation>Relire le dossier (F5)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="145"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="148"/>
        <source>Open the selected client&apos;s session in the main window (Enter)</source>
        <translation>Ouvrir la session du client sélectionné dans la fenêtre principale (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="155"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../ui/DataSourcesDialog.ui" line="14"/>
        <source>Data Sources</source>
        <translation>Sources des données</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="125"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Save Email as Text…</source>
        <translation>&amp;Enregistrer l&apos;e-mail en texte…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="142"/>
        <source>Save the email subject and body to a text file</source>
        <translation>Enregistrer l&apos;objet et le corps de l&apos;e-mail dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="158"/>
        <source>&amp;Copy Email</source>
        <translation>&amp;Copier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="161"/>
        <source>Copy the email subject and body to the clipboard</source>
        <translation>Copier l&apos;objet et le corps de l&apos;e-mail dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="164"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="169"/>
        <source>&amp;Open in Mail App</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Open a new message with this subject and body in your mail app</source>
        <translation>Ouvrir un nouveau message avec cet objet et ce corps dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="180"/>
        <source>&amp;Regenerate Email</source>
        <translation>&amp;Régénérer l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Rewrite the email from the current inputs, replacing your edits</source>
        <translation>Réécrire l&apos;e-mail à partir des données actuelles, en remplaçant vos modifications</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Go to &amp;Inputs</source>
        <translation>Aller aux &amp;données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>&amp;Market Band</source>
        <translation>&amp;Fourchette du marché</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>&amp;Year by Year</source>
        <translation>&amp;Année par année</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>&amp;Level Progression</source>
        <translation>Progression par &amp;niveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="223"/>
        <source>&amp;Walk-away Cost</source>
        <translation>Coût d&apos;un &amp;départ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="226"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="231"/>
        <source>Role &amp;Comparison</source>
        <translation>Co&amp;mparaison de postes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="234"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="239"/>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Sources des données…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Where every number comes from, how old it is, and how estimates are made</source>
        <translation>D&apos;où vient chaque chiffre, de quand il date et comment les estimations sont faites</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="245"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="250"/>
        <source>&amp;About Anchorline</source>
        <translation>À &amp;propos d&apos;Anchorline</translation>
    </message>
</context>
<context>
    <name>MarketStore</name>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="399"/>
        <source>not an Anchorline market dataset (no ALMD header)</source>
        <translation>ce ne sont pas des données de marché Anchorline (en-tête ALMD absent)</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="404"/>
        <source>unsupported market dataset version %1</source>
        <translation>version %1 des données de marché non prise en charge</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="412"/>
        <source>the market dataset&apos;s section index is damaged</source>
        <translation>l&apos;index des sections des données de marché est endommagé</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="21"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="27"/>
        <source>The negotiation strategies, best fit first. The recommended one is marked; pick another to rewrite the ask and the email.</source>
        <translation>Les stratégies de négociation, de la plus adaptée à la moins adaptée. La stratégie recommandée est signalée&#xa0;; choisissez-en une autre pour réécrire la demande et l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="61"/>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="97"/>
        <source>The market percentile the ask aims at. Above the median (50) is where asks start; 75 is the usual anchor; near 90 is ambitious.</source>
        <translation>Le centile du marché visé par la demande. Les demandes commencent au-dessus de la médiane (50)&#xa0;; 75 est l&apos;ancrage habituel&#xa0;; près de 90, c&apos;est ambitieux.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="104"/>
        <source>p75</source>
        <translation>p75</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="131"/>
        <source>How the email sounds: warm, direct or formal. The numbers stay the same.</source>
        <translation>Le ton de l&apos;e-mail&#xa0;: chaleureux, direct ou formel. Les chiffres restent les mêmes.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="148"/>
        <source>The language of the email and the phone script.</source>
        <translation>La langue de l&apos;e-mail et du script d&apos;appel.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="206"/>
        <source>Your ask</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="259"/>
        <source>The inputs changed since you edited the email.</source>
        <translation>Les données ont changé depuis que vous avez modifié l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="269"/>
        <location filename="../ui/NegotiationPanel.ui" line="501"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="272"/>
        <source>Rewrite the email from the current inputs (your edits are replaced)</source>
        <translation>Réécrire l&apos;e-mail à partir des données actuelles (vos modifications sont remplacées)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="119"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="138"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="157"/>
        <source>Competing offer</source>
        <translation>Offre concurrente</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="167"/>
        <source>Another offer of this session that you hold in writing: the competing-offer strategy can then ask to match it. Add offers with Offers ▸ New Offer.</source>
        <translation>Une autre offre de cette session que vous avez par écrit&#xa0;: la stratégie de l&apos;offre concurrente peut alors demander de s&apos;y aligner. Ajoutez des offres avec Offres ▸ Nouvelle offre.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="286"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="306"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="316"/>
        <source>The email&apos;s subject line. Your edits are kept when the inputs change.</source>
        <translation>La ligne d&apos;objet de l&apos;e-mail. Vos modifications sont conservées quand les données changent.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="325"/>
        <source>The email body. Edit it freely: your edits are kept when the inputs change until you press Regenerate.</source>
        <translation>Le corps de l&apos;e-mail. Modifiez-le librement&#xa0;: vos modifications sont conservées quand les données changent, jusqu&apos;à ce que vous cliquiez sur Régénérer.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="333"/>
        <source>&amp;Phone script</source>
        <translation>Script d&apos;a&amp;ppel</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="354"/>
        <source>What to say on a call about the offer, step by step.</source>
        <translation>Ce qu&apos;il faut dire lors d&apos;un appel au sujet de l&apos;offre, étape par étape.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="362"/>
        <source>As&amp;k for time</source>
        <translation>Demander un dé&amp;lai</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="380"/>
        <source>A short reply that asks for time to review the offer before you answer.</source>
        <translation>Une courte réponse qui demande du temps pour examiner l&apos;offre avant de répondre.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="397"/>
        <source>Use as the email</source>
        <translation>Utiliser comme e-mail</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="400"/>
        <source>Put this ask-for-time email into the email tab, to copy or send it</source>
        <translation>Placer cet e-mail de demande de délai dans l&apos;onglet E-mail, pour le copier ou l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="408"/>
        <source>T&amp;ips</source>
        <translation>Co&amp;nseils</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="458"/>
        <source>Copy email</source>
        <translation>Copier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="468"/>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="478"/>
        <source>Save as text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="481"/>
        <source>Save the subject and body to a text file (Ctrl+Shift+S)</source>
        <translation>Enregistrer l&apos;objet et le corps dans un fichier texte (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="461"/>
        <source>Copy the subject and body to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;objet et le corps dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="471"/>
        <source>Start a new message in your mail app with this subject and body</source>
        <translation>Commencer un nouveau message avec cet objet et ce corps dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="504"/>
        <source>Rewrite the email from the current inputs, replacing your edits (Ctrl+R)</source>
        <translation>Réécrire l&apos;e-mail à partir des données actuelles, en remplaçant vos modifications (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>NotesHistoryPanel</name>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="19"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="29"/>
        <source>Notes about this client: saved in the session file, searchable in the client list</source>
        <translation>Notes sur ce client&#xa0;: enregistrées dans le fichier de session, consultables par recherche dans la liste des clients</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="35"/>
        <source>Background, priorities, what to ask next…</source>
        <translation>Contexte, priorités, prochaine demande…</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="46"/>
        <source>Hist&amp;ory of asks and answers:</source>
        <translation>&amp;Historique des demandes et des réponses&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="56"/>
        <source>One row per round: what was asked, what the company answered and the outcome. F2 or typing edits a cell.</source>
        <translation>Une ligne par tour&#xa0;: ce qui a été demandé, ce que l&apos;entreprise a répondu et le résultat. F2 ou la saisie directe modifie une cellule.</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="87"/>
        <source>Add Ro&amp;und</source>
        <translation>A&amp;jouter un tour</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="90"/>
        <source>Add a round dated today and start editing what was asked</source>
        <translation>Ajouter un tour daté d&apos;aujourd&apos;hui et commencer à saisir ce qui a été demandé</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="97"/>
        <source>Remove Roun&amp;d</source>
        <translation>S&amp;upprimer le tour</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="100"/>
        <source>Remove the selected round (Edit ▸ Undo brings it back)</source>
        <translation>Supprimer le tour sélectionné (Édition ▸ Annuler le rétablit)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <location filename="../ui/OfferForm.ui" line="45"/>
        <source>Role and place</source>
        <translation>Poste et lieu</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="64"/>
        <source>Job title as written in the offer. Pick a suggestion to compare with the matching government occupation data.</source>
        <translation>Intitulé du poste tel qu&apos;il figure dans l&apos;offre. Choisissez une suggestion pour comparer avec les données publiques de la profession correspondante.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="71"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="85"/>
        <source>L&amp;ocation</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="95"/>
        <source>City, county or metro area of the job. Pick a suggestion to use that area&apos;s pay data; leave empty for the national figures.</source>
        <translation>Ville, comté ou aire métropolitaine du poste. Choisissez une suggestion pour utiliser les données salariales de cette zone&#xa0;; laissez vide pour les chiffres nationaux.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="102"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="112"/>
        <source>The employer&apos;s name, used in the email.</source>
        <translation>Le nom de l&apos;employeur, utilisé dans l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="119"/>
        <source>C&amp;urrency</source>
        <translation>Devi&amp;se</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="129"/>
        <source>Currency of every amount in the offer. Market bands are in US dollars.</source>
        <translation>Devise de tous les montants de l&apos;offre. Les fourchettes du marché sont en dollars américains.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="136"/>
        <source>&amp;Start date</source>
        <translation>&amp;Date de début</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="146"/>
        <source>First day of work. Year 1 covers the first 12 months from this date.</source>
        <translation>Premier jour de travail. L&apos;année 1 couvre les 12 premiers mois à partir de cette date.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="152"/>
        <location filename="../ui/OfferForm.ui" line="613"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="162"/>
        <source>Base and bonus</source>
        <translation>Salaire de base et prime</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="171"/>
        <source>&amp;Base salary</source>
        <translation>Salaire de &amp;base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="185"/>
        <source>Yearly raise</source>
        <translation>Augmentation annuelle</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="243"/>
        <source>Fi&amp;xed bonus</source>
        <translation>Prime &amp;fixe</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="269"/>
        <source>Paid at start</source>
        <translation>Versée à l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="283"/>
        <source>Paid in year 2</source>
        <translation>Versée en année 2</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="320"/>
        <source>Repayment</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="377"/>
        <source>Yearly %</source>
        <translation>% annuel</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="414"/>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="449"/>
        <source>Yearly grant</source>
        <translation>Attribution annuelle</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="463"/>
        <source>First in year</source>
        <translation>Première en année</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="489"/>
        <source>Vests over</source>
        <translation>Acquise sur</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="515"/>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="544"/>
        <source>Company stage</source>
        <translation>Stade de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="564"/>
        <source>The employer says base is capped</source>
        <translation>L&apos;employeur dit que le salaire de base est plafonné</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="571"/>
        <source>Left behind</source>
        <translation>Laissé derrière vous</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="585"/>
        <source>Decide by</source>
        <translation>Décision avant le</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="631"/>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="648"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="195"/>
        <source>Expected yearly raise of the base salary, compounded.</source>
        <translation>Augmentation annuelle attendue du salaire de base, composée.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="26"/>
        <source>Lab&amp;el</source>
        <translation>No&amp;m de l&apos;offre</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="36"/>
        <source>The offer&apos;s name in the offers strip, the comparison and the report. Leave empty for &quot;Offer N — Company&quot;.</source>
        <translation>Le nom de l&apos;offre dans la barre des offres, la comparaison et le rapport. Laissez vide pour «&#xa0;Offre N — Entreprise&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="198"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="214"/>
        <source>Target bo&amp;nus</source>
        <translation>Prime c&amp;ible</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="224"/>
        <source>Target yearly bonus as a percentage of that year&apos;s base.</source>
        <translation>Prime annuelle cible en pourcentage du salaire de base de l&apos;année.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="227"/>
        <source> % of base</source>
        <translation> % du salaire de base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="260"/>
        <source>Sign-on bonus</source>
        <translation>Prime d&apos;embauche</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="297"/>
        <source>&amp;Clawback</source>
        <translation>&amp;Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="307"/>
        <source>Months after each payment during which leaving means paying it back. 0 = no clawback.</source>
        <translation>Nombre de mois après chaque versement pendant lesquels un départ oblige à rembourser. 0 = aucun remboursement.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="310"/>
        <location filename="../ui/OfferForm.ui" line="427"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="330"/>
        <source>How much is repaid when leaving inside the clawback period: all of it, or the share of months not yet worked.</source>
        <translation>Ce qui est remboursé en cas de départ pendant la période de remboursement&#xa0;: la totalité, ou la part des mois non encore travaillés.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="340"/>
        <source>Equity grant</source>
        <translation>Attribution d&apos;actions</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="349"/>
        <source>&amp;Grant value</source>
        <translation>&amp;Valeur attribuée</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="363"/>
        <source>&amp;Vesting</source>
        <translation>Ac&amp;quisition</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="387"/>
        <source>Share vesting in each year, separated by slashes, summing to 100: 25/25/25/25 or 40/30/20/10.</source>
        <translation>Part acquise chaque année, séparée par des barres obliques, totalisant 100&#xa0;: 25/25/25/25 ou 40/30/20/10.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="390"/>
        <source>25/25/25/25</source>
        <translation>25/25/25/25</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="397"/>
        <source>Ca&amp;dence</source>
        <translation>R&amp;ythme</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="407"/>
        <source>How often shares vest within a year.</source>
        <translation>Fréquence d&apos;acquisition des actions au cours d&apos;une année.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="424"/>
        <source>Months before the first vest; everything due by then vests at the cliff.</source>
        <translation>Mois avant la première acquisition&#xa0;; tout ce qui est dû jusque-là est acquis au cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="440"/>
        <source>Refresher grants</source>
        <translation>Attributions complémentaires</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="473"/>
        <source>The year of the first refresher grant.</source>
        <translation>L&apos;année de la première attribution complémentaire.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="482"/>
        <source>year </source>
        <translation>année </translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="499"/>
        <source>Each refresher vests evenly over this many years, without a cliff.</source>
        <translation>Chaque attribution complémentaire est acquise uniformément sur ce nombre d&apos;années, sans cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="502"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="525"/>
        <source>How often refresher shares vest within a year.</source>
        <translation>Fréquence d&apos;acquisition des actions complémentaires au cours d&apos;une année.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="535"/>
        <source>Your situation</source>
        <translation>Votre situation</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="554"/>
        <source>Startups and growth companies move equity more easily; public companies have firm bands; government and non-profits rarely move cash.</source>
        <translation>Les startups et les entreprises en croissance bougent plus facilement sur les actions&#xa0;; les entreprises cotées ont des grilles fermes&#xa0;; les administrations et organismes à but non lucratif bougent rarement sur le salaire.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="561"/>
        <source>The employer said the base is at the top of its band. The advice then moves to sign-on and equity.</source>
        <translation>L&apos;employeur a dit que le salaire de base est au plafond de sa grille. Les conseils portent alors sur la prime d&apos;embauche et les actions.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="597"/>
        <source>Tick when the employer gave you a date to answer by; a deadline under a week brings up the ask-for-time email.</source>
        <translation>Cochez si l&apos;employeur vous a donné une date limite de réponse&#xa0;; un délai inférieur à une semaine fait apparaître l&apos;e-mail de demande de délai.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="600"/>
        <source>by</source>
        <translation>avant le</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="616"/>
        <source>The date the employer wants an answer by.</source>
        <translation>La date à laquelle l&apos;employeur attend une réponse.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="641"/>
        <source>The recruiter&apos;s first name, for the greeting. Leave empty for a neutral greeting.</source>
        <translation>Le prénom du recruteur, pour la formule d&apos;appel. Laissez vide pour une formule neutre.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="658"/>
        <source>Your name, for the signature.</source>
        <translation>Votre nom, pour la signature.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="674"/>
        <source>Input problems</source>
        <translation>Problèmes de saisie</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="20"/>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="27"/>
        <source>%1: --search TEXT is required</source>
        <translation>%1&#xa0;: --search TEXTE est obligatoire</translation>
    </message>
</context>
<context>
    <name>VestingCadence</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="134"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="136"/>
        <source>Semiannual</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="138"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="140"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
</context>
</TS>
