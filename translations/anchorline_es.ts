<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="14"/>
        <source>About Anchorline</source>
        <translation>Acerca de Anchorline</translation>
    </message>
</context>
<context>
    <name>Anchorline</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="68"/>
        <source>Needs a market band for the role, level and location.</source>
        <translation>Necesita una banda de mercado para el puesto, el nivel y la ubicación.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="73"/>
        <source>The offer&apos;s base (market band: %1) already reaches the target p%2.</source>
        <translation>El salario base de la oferta (banda de mercado: %1) ya alcanza el objetivo p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="82"/>
        <source>The offer&apos;s base sits in the market band at: %1. At or below p60 there is room to counter at p%2.</source>
        <translation>El salario base de la oferta se sitúa en la banda de mercado en: %1. En p60 o por debajo hay margen para una contraoferta en p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="88"/>
        <source>The offer&apos;s base sits in the market band at: %1, below the target p%2.</source>
        <translation>El salario base de la oferta se sitúa en la banda de mercado en: %1, por debajo del objetivo p%2.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="95"/>
        <source>The employer says base is capped, so a base counter is less likely to move.</source>
        <translation>La empresa dice que el salario base tiene un tope, así que es menos probable que una contraoferta sobre el salario base prospere.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="99"/>
        <source>A higher competing offer is a stronger reason than market data.</source>
        <translation>Una oferta de la competencia más alta es un argumento más sólido que los datos de mercado.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="110"/>
        <source>You have a written competing offer from %1 worth more a year on average than this one.</source>
        <translation>Tiene una oferta de la competencia por escrito de %1 que vale más al año, de media, que esta.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="114"/>
        <source>The competing offer is not higher than this one: don&apos;t cite it.</source>
        <translation>La oferta de la competencia no es más alta que esta: no la mencione.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="116"/>
        <source>Needs a real, written competing offer; never invent one.</source>
        <translation>Necesita una oferta de la competencia real y por escrito; nunca se invente una.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="126"/>
        <source>You forfeit %1 by leaving: a sign-on bonus can make you whole.</source>
        <translation>Al irse pierde %1: un bono de incorporación puede compensarlo.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="132"/>
        <source>Base is capped: a one-time sign-on sits outside the band and sets no precedent.</source>
        <translation>El salario base tiene un tope: un bono de incorporación único queda fuera de la banda y no sienta precedente.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="136"/>
        <source>A sign-on bonus can bridge the first-year gap of %1 to the target.</source>
        <translation>Un bono de incorporación puede cubrir la diferencia de %1 con el objetivo durante el primer año.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="140"/>
        <source>Needs forfeited compensation or a gap between the offer and the target.</source>
        <translation>Necesita una compensación perdida o una diferencia entre la oferta y el objetivo.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="151"/>
        <source>At a %1, equity often moves when cash cannot.</source>
        <translation>En una empresa de tipo «%1», las acciones suelen moverse cuando el salario no puede.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="157"/>
        <source>At a startup, ask about the option count and the exercise window; value options with care.</source>
        <translation>En una startup, pregunte por el número de opciones y el plazo de ejercicio; valore las opciones con cautela.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="162"/>
        <source>Government and non-profit employers rarely grant equity.</source>
        <translation>Las administraciones públicas y las entidades sin ánimo de lucro rara vez conceden acciones.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="167"/>
        <source>Base is capped, so the gap can move into equity.</source>
        <translation>El salario base tiene un tope, así que la diferencia puede trasladarse a las acciones.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="174"/>
        <source>Needs an offered career level below principal.</source>
        <translation>Necesita un nivel profesional ofrecido inferior a principal.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="180"/>
        <source>If your experience maps above %1, the level sets the band: ask to be leveled up.</source>
        <translation>Si su experiencia corresponde a un nivel superior a %1, el nivel determina la banda: pida que le asignen un nivel más alto.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="188"/>
        <source>Needs a gap between the offered base and the target.</source>
        <translation>Necesita una diferencia entre el salario base ofrecido y el objetivo.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="194"/>
        <source>Several levers are in play: equal-value packages let the employer choose and show your flexibility.</source>
        <translation>Hay varias palancas en juego: los paquetes de igual valor permiten a la empresa elegir y muestran su flexibilidad.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="204"/>
        <source>Government and non-profit pay is usually fixed by grade: non-cash terms can move.</source>
        <translation>En las administraciones públicas y las entidades sin ánimo de lucro, el salario suele estar fijado por categoría: lo negociable son las condiciones no salariales.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="207"/>
        <source>The cash ask is already met; non-cash terms are what is left.</source>
        <translation>La petición salarial ya se cumple; quedan las condiciones no salariales.</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="210"/>
        <source>Start date, remote days, PTO and an early review can be added to any ask.</source>
        <translation>La fecha de incorporación, los días de teletrabajo, las vacaciones y una revisión temprana pueden añadirse a cualquier petición.</translation>
    </message>
</context>
<context>
    <name>Anchorline::AboutDialog</name>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="19"/>
        <source>Places a job offer against market pay for its role, level and place, shows it year by year, and drafts the negotiation email and phone script from documented strategies.</source>
        <translation>Sitúa una oferta de empleo frente a los salarios del mercado para su puesto, nivel y lugar, la muestra año por año y redacta el correo de negociación y el guion telefónico a partir de estrategias documentadas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="22"/>
        <source>Market data: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Help ▸ Data Sources has the details.</source>
        <translation>Datos de mercado: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Encontrará los detalles en Ayuda ▸ Fuentes de datos.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="25"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Not legal or financial advice.</source>
        <translation>Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. No constituye asesoramiento jurídico ni financiero.</translation>
    </message>
</context>
<context>
    <name>Anchorline::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="29"/>
        <source>--export-report needs --pdf OUT.pdf</source>
        <translation>--export-report necesita --pdf SALIDA.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="65"/>
        <source>Evaluate a job offer against market pay and draft the negotiation email.
Everything runs locally; the app never uses the network.</source>
        <translation>Evalúe una oferta de empleo frente a los salarios del mercado y redacte el correo de negociación.
Todo se ejecuta en local; la aplicación nunca usa la red.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="71"/>
        <source>Render the main window offscreen to a PNG file and exit (with QT_QPA_PLATFORM=offscreen no display is needed).</source>
        <translation>Representar la ventana principal fuera de pantalla en un archivo PNG y salir (con QT_QPA_PLATFORM=offscreen no hace falta pantalla).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="73"/>
        <source>FILE.png</source>
        <translation>ARCHIVO.png</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="74"/>
        <source>Fill the inputs from a session or offer file.</source>
        <translation>Rellenar los datos a partir de un archivo de sesión o de oferta.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="75"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="78"/>
        <source>Window size for --screenshot (default %1x%2).</source>
        <translation>Tamaño de la ventana para --screenshot (por defecto %1x%2).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="79"/>
        <source>WxH</source>
        <translation>AxA</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="82"/>
        <source>Write the one-page offer brief of a session as a PDF (see --pdf) and exit.</source>
        <translation>Escribir el resumen de una página de la oferta de una sesión como PDF (véase --pdf) y salir.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="83"/>
        <source>SESSION</source>
        <translation>SESION</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="84"/>
        <source>The PDF file --export-report writes.</source>
        <translation>El archivo PDF que escribe --export-report.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="84"/>
        <source>OUT.pdf</source>
        <translation>SALIDA.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="86"/>
        <source>A session (.anchorline) or offer file to open.</source>
        <translation>Una sesión (.anchorline) o un archivo de oferta para abrir.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="87"/>
        <source>[FILE]</source>
        <translation>[ARCHIVO]</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="117"/>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1500x920, not &quot;%1&quot;</source>
        <translation>--size espera ANCHOxALTO en píxeles, p. ej. 1500x920, no «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="131"/>
        <source>could not write the screenshot to %1</source>
        <translation>no se pudo guardar la captura en %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::AskBuilder</name>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="98"/>
        <source>top-coded: at least this much</source>
        <translation>con tope: al menos esta cantidad</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="99"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="100"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="102"/>
        <source>p%1 of the %2 band for %3 in %4 is %5 (%6), rounded to a multiple of %7: %8</source>
        <translation>El p%1 de la banda %2 para %3 en %4 es %5 (%6), redondeado a un múltiplo de %7: %8</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="161"/>
        <source>The range runs from the target %1 to %1 + 5 %, rounded: %2 (it starts at the target, so it is not a backdown range)</source>
        <translation>El rango va del objetivo %1 a %1 + 5 %, redondeado: %2 (empieza en el objetivo, así que no es un rango de retirada)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="175"/>
        <source>%1&apos;s written offer has %2</source>
        <translation>La oferta por escrito de %1 incluye %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="203"/>
        <source>Sign-on makes up for the %1 you forfeit by leaving</source>
        <translation>El bono de incorporación compensa los %1 que pierde al irse</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="207"/>
        <source>Sign-on bridges the first-year gap between the target base %1 and the offered base %2: %3 (%4)</source>
        <translation>El bono de incorporación cubre la diferencia del primer año entre el salario base objetivo %1 y el salario base ofrecido %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="224"/>
        <source>Equity per year carries the gap between the target base %1 and the offered base %2: %3 more a year (%4)</source>
        <translation>Las acciones anuales cubren la diferencia entre el salario base objetivo %1 y el salario base ofrecido %2: %3 más al año (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="237"/>
        <source>One level above the offered %1: %2</source>
        <translation>Un nivel por encima del nivel ofrecido %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="265"/>
        <source>The target base %1</source>
        <translation>El salario base objetivo %1</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="267"/>
        <source>%1 less base, %2 more sign-on: equal value over the first two years</source>
        <translation>%1 menos de salario base, %2 más de bono de incorporación: el mismo valor en los dos primeros años</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="270"/>
        <source>%1 less base, %1 more equity per year: equal value every year</source>
        <translation>%1 menos de salario base, %1 más en acciones al año: el mismo valor cada año</translation>
    </message>
    <message>
        <location filename="../src/core/AskCalculator.cpp" line="277"/>
        <source>Packages trade half the gap to the target (%1, rounded) between base, sign-on and equity; offered base %2</source>
        <translation>Los paquetes reparten la mitad de la diferencia con el objetivo (%1, redondeada) entre salario base, bono de incorporación y acciones; salario base ofrecido %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::AutosaveStore</name>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="39"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="48"/>
        <source>%1: not a readable autosave snapshot</source>
        <translation>%1: no es una copia de autoguardado legible</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="55"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="66"/>
        <source>Recover unsaved session from %1?</source>
        <translation>¿Recuperar la sesión no guardada de %1?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="67"/>
        <source>Recover unsaved changes to %1 from %2?</source>
        <translation>¿Recuperar los cambios no guardados en %1 de %2?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="113"/>
        <source>&quot;%1&quot; is not a document id</source>
        <translation>«%1» no es un identificador de documento</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="118"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: no se puede crear la carpeta de autoguardado</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="120"/>
        <source>%1: another running Anchorline is autosaving this document</source>
        <translation>%1: otra instancia de Anchorline está autoguardando este documento</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="168"/>
        <source>%1: another running Anchorline has this document open</source>
        <translation>%1: otra instancia de Anchorline tiene abierto este documento</translation>
    </message>
</context>
<context>
    <name>Anchorline::BandResolver</name>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="74"/>
        <source>the role is empty</source>
        <translation>el puesto está vacío</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="85"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>puesto desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="95"/>
        <source>the location is empty</source>
        <translation>la ubicación está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="106"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>ubicación desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartExport</name>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="37"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="79"/>
        <source>Chart exported from Anchorline</source>
        <translation>Gráfico exportado desde Anchorline</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="93"/>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation>%1: elija un nombre de archivo que termine en .png o .svg</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="101"/>
        <source>%1: could not be written (%2)</source>
        <translation>%1: no se pudo escribir (%2)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartPanel</name>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="55"/>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="136"/>
        <source>Save chart as…</source>
        <translation>Guardar gráfico como…</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="142"/>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="144"/>
        <source>Save chart as</source>
        <translation>Guardar gráfico como</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="149"/>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
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
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="97"/>
        <source>Source: %1 %2</source>
        <translation>Fuente: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="98"/>
        <source>Source: %1 %2 (BLS OEWS May %3 survey)</source>
        <translation>Fuente: %1 %2 (encuesta BLS OEWS de mayo de %3)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="103"/>
        <source>%1 estimated (modelled)</source>
        <translation>%1 estimado (modelado)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="106"/>
        <source>%1 top-coded by the source</source>
        <translation>%1 con tope en la fuente</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="114"/>
        <source>Refreshers</source>
        <translation>Concesiones de renovación</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="116"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="140"/>
        <source>Leaving after month %1: %2 unvested equity forfeited, %3 sign-on repaid (%4 in all)</source>
        <translation>Salida tras el mes %1: %2 en acciones no consolidadas perdidas, %3 de bono de incorporación a devolver (%4 en total)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Checker</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="27"/>
        <source>the amount is in %1 but the offer is in %2</source>
        <translation>el importe está en %1, pero la oferta está en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="29"/>
        <source>the amount may not be negative</source>
        <translation>el importe no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="31"/>
        <source>amounts above %1 are not accepted</source>
        <translation>no se aceptan importes superiores a %1</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="38"/>
        <source>expected %1 to %2%3</source>
        <translation>se esperaba de %1 a %2%3</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="44"/>
        <source>expected a percentage from 0 to %1</source>
        <translation>se esperaba un porcentaje de 0 a %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::BandsCommand</name>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="39"/>
        <source>Market pay band (p10-p90) for a role, location and level</source>
        <translation>Banda salarial de mercado (p10-p90) para un puesto, una ubicación y un nivel</translation>
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
        <translation>Uso: anchorline-cli bands --role PUESTO --location UBIC [--level NIVEL] [--json]

Muestra la banda del salario base anual p10, p25, p50, p75, p90 con su fuente y año de los datos,
marcando las estimaciones y los valores con tope. Sus conjuntos de datos importados (véase import)
se usan cuando tienen exactamente este puesto, ubicación y nivel; si no, los datos BLS/DOL integrados.

  --role PUESTO    un código SOC (15-1252) o un título («software engineer»); se usa la mejor coincidencia
  --location UBIC  un código de zona (41940), «US» o un lugar («San Jose», «Bay Area»)
  --level NIVEL    entry, junior, mid, senior, staff o principal (por defecto: todos los niveles)
  --json           mostrar un objeto JSON: role, location, level, currency, source, year,
                   percentiles, estimated, topcoded, missing, matched, ...

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="65"/>
        <source>bands: unexpected argument &quot;%1&quot;

</source>
        <translation>bands: argumento inesperado «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="67"/>
        <source>bands: --role and --location are required

</source>
        <translation>bands: --role y --location son obligatorios

</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="71"/>
        <source>bands: unknown level &quot;%1&quot; (use entry, junior, mid, senior, staff or principal)
</source>
        <translation>bands: nivel desconocido «%1» (use entry, junior, mid, senior, staff o principal)
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="104"/>
        <source>Role &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Puesto «%1» interpretado como %2 (coincidencia «%3»).
</translation>
    </message>
    <message>
        <location filename="../src/cli/BandsCommand.cpp" line="107"/>
        <source>Location &quot;%1&quot; taken as %2 (matched &quot;%3&quot;).
</source>
        <translation>Ubicación «%1» interpretada como %2 (coincidencia «%3»).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="58"/>
        <source>Usage: anchorline-cli COMMAND [OPTIONS]

Evaluates job offers against market pay and drafts negotiation emails.

Commands:
</source>
        <translation>Uso: anchorline-cli ORDEN [OPCIONES]

Evalúa ofertas de empleo frente a los salarios del mercado y redacta correos de negociación.

Órdenes:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="63"/>
        <source>
Options:
  --help       Show this help, or a command&apos;s help with COMMAND --help
  --version    Show the version

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
</source>
        <translation>
Opciones:
  --help       Mostrar esta ayuda, o la ayuda de una orden con ORDEN --help
  --version    Mostrar la versión

Códigos de salida: 0 éxito, 1 error interno, 2 entrada o uso incorrectos.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="87"/>
        <source>anchorline-cli: unknown command &quot;%1&quot;; run anchorline-cli --help for the list
</source>
        <translation>anchorline-cli: orden desconocida «%1»; ejecute anchorline-cli --help para ver la lista
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CompareCommand</name>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="28"/>
        <source>The offers of a session side by side</source>
        <translation>Las ofertas de una sesión, una al lado de otra</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="33"/>
        <source>Usage: anchorline-cli compare SESSION.anchorline [--json]

Prints the offers of a session side by side: total pay in years 1-4, the 4-year total and the
walk-away cost after 12 months. With --json, one object per offer in the shape of
`evaluate --json`, plus its number, label and company. An offer file counts as a session
with one offer. The client&apos;s current pay is never printed.

  SESSION      a session file (.anchorline) or an offer file; - reads standard input
  --json       print a JSON object instead of the table
</source>
        <translation>Uso: anchorline-cli compare SESION.anchorline [--json]

Muestra las ofertas de una sesión una al lado de otra: retribución total en los años 1-4, el total a
4 años y el coste de marcharse a los 12 meses. Con --json, un objeto por oferta con la forma de
`evaluate --json`, más su número, etiqueta y empresa. Un archivo de oferta cuenta como una sesión
con una oferta. Nunca se muestra la retribución actual del cliente.

  SESION       un archivo de sesión (.anchorline) o de oferta; - lee la entrada estándar
  --json       mostrar un objeto JSON en lugar de la tabla
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="51"/>
        <source>compare: unknown option &quot;%1&quot;

</source>
        <translation>compare: opción desconocida «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="56"/>
        <source>compare: expected one session file

</source>
        <translation>compare: se esperaba un único archivo de sesión

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="107"/>
        <source>Offers side by side
</source>
        <translation>Ofertas una al lado de otra
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="108"/>
        <source>%1: offers side by side
</source>
        <translation>%1: ofertas una al lado de otra
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="110"/>
        <source>Negotiating: %1
</source>
        <translation>En negociación: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="112"/>
        <source>Competing offer: %1
</source>
        <translation>Oferta de la competencia: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="113"/>
        <source>Source: the offers in the session file; amounts in each offer&apos;s currency. Equity is valued at its
grant value, not a market price. Walk-away cost = unvested equity forfeited + sign-on to repay.
</source>
        <translation>Fuente: las ofertas del archivo de sesión; importes en la moneda de cada oferta. Las acciones se valoran a su
valor de concesión, no a un precio de mercado. Coste de marcharse = acciones no consolidadas perdidas + bono de incorporación a devolver.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::DatasetsCommand</name>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="35"/>
        <source>List or remove your imported datasets</source>
        <translation>Listar o eliminar sus conjuntos de datos importados</translation>
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
        <translation>Uso: anchorline-cli datasets [--json]
       anchorline-cli datasets --remove NOMBRE

Lista los conjuntos de datos que importó (nombre, filas, fuentes, fechas, fecha de importación) o elimina uno.

  --json           mostrar [{name, source_file, sources, oldest_date, newest_date, rows,
                   imported_at, path}]
  --remove NOMBRE  eliminar el conjunto de datos NOMBRE
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="56"/>
        <source>datasets: unexpected argument &quot;%1&quot;

</source>
        <translation>datasets: argumento inesperado «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="63"/>
        <source>Removed dataset &quot;%1&quot;.
</source>
        <translation>Conjunto de datos «%1» eliminado.
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="70"/>
        <source>datasets: skipped %1
</source>
        <translation>datasets: se omitió %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="91"/>
        <source>No imported datasets (in %1).
</source>
        <translation>No hay conjuntos de datos importados (en %1).
</translation>
    </message>
    <message>
        <location filename="../src/cli/DatasetsCommand.cpp" line="96"/>
        <source>%1: %2 rows from %3; sources: %4; dates %5 to %6; imported %7
</source>
        <translation>%1: %2 filas de %3; fuentes: %4; fechas de %5 a %6; importado el %7
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EmailCommand</name>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="155"/>
        <source>A negotiation email, phone script and ask for an offer</source>
        <translation>Un correo de negociación, un guion telefónico y una petición para una oferta</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="215"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="224"/>
        <source>email: unknown option &quot;%1&quot;

</source>
        <translation>email: opción desconocida «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="228"/>
        <location filename="../src/cli/EmailCommand.cpp" line="232"/>
        <source>email: expected one offer file

</source>
        <translation>email: se esperaba un único archivo de oferta

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
        <translation>Uso: anchorline-cli email OFERTA.json|SESION.anchorline [--offer N] [OPCIONES] [--json]

Escribe un correo de negociación para la oferta según una estrategia (anchorline-cli strategies las lista),
con la petición por componente, los motivos, las advertencias y las fuentes de datos. La banda de mercado
se obtiene de role_soc/role, location_code/location y level de la oferta. Sin --json se muestran
el asunto y el cuerpo listos para pegar, y las advertencias van a la salida de error estándar.
Con una sesión, su oferta de la competencia, estrategia, tono, idioma, percentil objetivo, etapa,
tope del salario base, retribución perdida, fecha límite, persona de selección y nombre del cliente son
los valores por defecto; las opciones siguientes los sustituyen. El salario actual de la sesión solo sirve
para la advertencia de que se revela y nunca aparece en el correo.

  OFERTA.json               un archivo de oferta (esquema 1); - lee la entrada estándar
  SESION.anchorline         un archivo de sesión
  --offer N                 la oferta N de la sesión (por defecto: la que se negocia)
  --strategy ID             id de la estrategia (por defecto: la recomendada)
  --tone warm|direct|formal tono del correo (por defecto warm)
  --lang IDIOMA             idioma de la plantilla (por defecto en)
  --target-percentile N     percentil de mercado que se pide, 10-90 (por defecto 75)
  --competing OFERTA2.json  una oferta de la competencia real y por escrito (en lugar de la de la sesión)
  --forfeited IMPORTE       acciones no consolidadas y bonus que pierde al irse
  --stage ETAPA             startup, growth, public o government-nonprofit (por defecto growth)
  --base-capped             la empresa dice que el salario base está en el máximo de su banda
  --ready-to-sign           aceptaría si se cumple la petición (añade el cierre «listo para firmar»)
  --deadline AAAA-MM-DD     la fecha límite para decidir
  --today AAAA-MM-DD        la fecha de hoy, para una salida reproducible (por defecto: la del sistema)
  --name NOMBRE             su nombre, para la firma
  --recruiter NOMBRE        el nombre de la persona de selección, para el saludo
  --current-pay IMPORTE     solo se usa para advertir si el correo lo revela
  --templates DIR           un directorio de plantillas adicional (DIR/IDIOMA/NOMBRE.TONO.txt) por encima
                            de las plantillas integradas y las del usuario
  --json                    mostrar un objeto JSON

Códigos de salida: 0 éxito (revise las advertencias), 2 entrada incorrecta, estrategia, tono o idioma
desconocidos, o una plantilla defectuosa.
</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="63"/>
        <source>no market band: role &quot;%1&quot;: %2</source>
        <translation>sin banda de mercado: puesto «%1»: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="74"/>
        <source>no market band: location &quot;%1&quot;: %2</source>
        <translation>sin banda de mercado: ubicación «%1»: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="86"/>
        <source>no market band: %1</source>
        <translation>sin banda de mercado: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>estrategia desconocida «%1»; estrategias conocidas: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="274"/>
        <source>unknown tone &quot;%1&quot;; use warm, direct or formal</source>
        <translation>tono desconocido «%1»; use warm, direct o formal</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="283"/>
        <source>--target-percentile &quot;%1&quot;: expected a whole number from 10 to 90</source>
        <translation>--target-percentile «%1»: se esperaba un número entero de 10 a 90</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="301"/>
        <source>unknown stage &quot;%1&quot;; use startup, growth, public or government-nonprofit</source>
        <translation>etapa desconocida «%1»; use startup, growth, public o government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/cli/EmailCommand.cpp" line="312"/>
        <source>%1 &quot;%2&quot;: expected a date as YYYY-MM-DD</source>
        <translation>%1 «%2»: se esperaba una fecha con el formato AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::EvaluateCommand</name>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="61"/>
        <source>Year-by-year pay of an offer and the cost of leaving early</source>
        <translation>Retribución año por año de una oferta y el coste de marcharse antes</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="89"/>
        <source>evaluate: unknown option &quot;%1&quot;

</source>
        <translation>evaluate: opción desconocida «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="94"/>
        <source>evaluate: expected one offer file

</source>
        <translation>evaluate: se esperaba un único archivo de oferta

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="66"/>
        <source>Usage: anchorline-cli evaluate OFFER.json|SESSION.anchorline [--offer N] [--json]

Prints the offer&apos;s pay for years 1-4 (1-6 with refreshers): base, bonus, sign-on, equity and
refreshers vested, the 4-year total and average, and the walk-away cost (unvested equity
forfeited, sign-on to repay) after 6, 12, 18, 24 and 36 months.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.

  OFFER.json   an offer file (schema 1); - reads standard input
  SESSION.anchorline  a session file; --offer N picks its Nth offer (default: the one being
               negotiated)
  --json       print a JSON object instead of the table
</source>
        <translation>Uso: anchorline-cli evaluate OFERTA.json|SESION.anchorline [--offer N] [--json]

Muestra la retribución de la oferta en los años 1-4 (1-6 con concesiones de renovación): salario base,
bonus, bono de incorporación, acciones y concesiones de renovación consolidadas, el total y la media a
4 años, y el coste de marcharse (acciones no consolidadas perdidas, bono de incorporación a devolver)
a los 6, 12, 18, 24 y 36 meses.
El año N abarca los meses 12*(N-1)+1 a 12*N, así que una consolidación en el mes 12 cuenta en el año 1.

  OFERTA.json  un archivo de oferta (esquema 1); - lee la entrada estándar
  SESION.anchorline  un archivo de sesión; --offer N elige su oferta N (por defecto: la que se
               negocia)
  --json       mostrar un objeto JSON en lugar de la tabla
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="32"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="38"/>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="42"/>
        <source>, starting %1</source>
        <translation>, con inicio el %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <source>Refreshers</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="158"/>
        <location filename="../src/cli/EvaluateCommand.cpp" line="166"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="163"/>
        <source>4-year total</source>
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="164"/>
        <source>4-year average</source>
        <translation>Media a 4 años</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="166"/>
        <source>Leaving after</source>
        <translation>Salida tras</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="166"/>
        <source>Forfeited equity</source>
        <translation>Acciones perdidas</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="166"/>
        <source>Sign-on to repay</source>
        <translation>Bono de incorporación a devolver</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="169"/>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="174"/>
        <source>Walk-away cost
</source>
        <translation>Coste de marcharse
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="176"/>
        <source>Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market price.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.
</source>
        <translation>Fuente: el archivo de oferta; importes en %1. Las acciones se valoran a su valor de concesión, no a un precio de mercado.
El año N abarca los meses 12*(N-1)+1 a 12*N, así que una consolidación en el mes 12 cuenta en el año 1.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="45"/>
        <source>Import your own pay bands from a CSV file</source>
        <translation>Importar sus propias bandas salariales desde un archivo CSV</translation>
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
        <translation>Uso: anchorline-cli import ARCHIVO.csv --name NOMBRE [--replace]

Comprueba el archivo completo y lo guarda como el conjunto de datos NOMBRE; ante cualquier error no se guarda nada.
Cabecera: role,level,location,currency,p10,p25,p50,p75,p90,source,date (en cualquier orden; level y
currency opcionales; al menos un percentil). Los importes son anuales; fechas AAAA-MM-DD, AAAA-MM o
AAAA. Las bandas importadas tienen prioridad sobre los datos integrados para el mismo puesto, ubicación
y nivel.

  ARCHIVO.csv     el archivo; - lee la entrada estándar
  --name NOMBRE   de 1 a 64 letras, cifras, espacios, «.», «_» o «-»
  --replace       sustituir un conjunto de datos existente con ese nombre

Los errores se muestran como ARCHIVO:LÍNEA: mensaje (los 20 primeros). Sale con 2 ante cualquier error.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="69"/>
        <source>import: expected one CSV file

</source>
        <translation>import: se esperaba un único archivo CSV

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="72"/>
        <source>import: --name NAME is required

</source>
        <translation>import: --name NOMBRE es obligatorio

</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="79"/>
        <source>import: a dataset named &quot;%1&quot; already exists; use --replace or remove it first
</source>
        <translation>import: ya existe un conjunto de datos llamado «%1»; use --replace o elimínelo antes
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="98"/>
        <source>import: checked %1%
</source>
        <translation>import: comprobado el %1%
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="106"/>
        <source>import: nothing was imported
</source>
        <translation>import: no se importó nada
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="113"/>
        <source>Imported &quot;%1&quot;: %2 rows from %3 (sources: %4; dates %5 to %6).
Stored in %7
</source>
        <translation>Importado «%1»: %2 filas de %3 (fuentes: %4; fechas de %5 a %6).
Guardado en %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="118"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::LocationsCommand</name>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="32"/>
        <source>Find wage areas by city, county, state, metro name or code</source>
        <translation>Buscar zonas salariales por ciudad, condado, estado, área metropolitana o código</translation>
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
        <translation>Uso: anchorline-cli locations --search TEXTO [--limit N] [--json]

Lista las zonas salariales OFLC que coinciden con TEXTO, de mejor a peor: nombres de áreas metropolitanas
y no metropolitanas, ciudades en los nombres metropolitanos («San Jose»), condados («Santa Clara County»),
estados («TX», «California»: todas sus zonas, primero las áreas metropolitanas más grandes), apodos
(«SF», «Bay Area», «NYC») y «US» o «remote» para las cifras nacionales. No importan las mayúsculas,
los acentos ni las pequeñas erratas.

  --search TEXTO qué buscar
  --limit N      como máximo N resultados (por defecto 10, como máximo 100)
  --json         mostrar [{code, name, type, matched}] en lugar de líneas; type es metro,
                 nonmetro o national
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="67"/>
        <source>No area matches &quot;%1&quot;.
</source>
        <translation>Ninguna zona coincide con «%1».
</translation>
    </message>
    <message>
        <location filename="../src/cli/LocationsCommand.cpp" line="73"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (coincidencia «%1»)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::MarketJson</name>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="89"/>
        <source>%1 (%2) in %3 (%4), %5
</source>
        <translation>%1 (%2) en %3 (%4), %5
</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="100"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="104"/>
        <source>top-coded</source>
        <translation>con tope</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="108"/>
        <source>not in the dataset</source>
        <translation>no está en el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="114"/>
        <source>Source: %1 (%2), data year %3</source>
        <translation>Fuente: %1 (%2), año de los datos %3</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="116"/>
        <source>; your imported dataset &quot;%1&quot;</source>
        <translation>; su conjunto de datos importado «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/MarketJson.cpp" line="127"/>
        <source>%1; closest: %2</source>
        <translation>%1; lo más parecido: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OfferSource</name>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="11"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="21"/>
        <source>--offer: expected an offer number (1 for the first offer of the session)</source>
        <translation>--offer: se esperaba un número de oferta (1 para la primera oferta de la sesión)</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="33"/>
        <source>--offer: &quot;%1&quot; is not an offer number; expected 1, 2, …</source>
        <translation>--offer: «%1» no es un número de oferta; se esperaba 1, 2, …</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="50"/>
        <source>%1: the session holds no offer
</source>
        <translation>%1: la sesión no contiene ninguna oferta
</translation>
    </message>
    <message>
        <location filename="../src/cli/OfferSource.cpp" line="78"/>
        <source>%1: --offer %2: expected an offer number from 1 to %3</source>
        <translation>%1: --offer %2: se esperaba un número de oferta de 1 a %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::OptionParser</name>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="37"/>
        <source>option %1 is given twice</source>
        <translation>la opción %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="45"/>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="52"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/OptionParser.cpp" line="67"/>
        <source>%1 must be a whole number from 1 to %2, not &quot;%3&quot;</source>
        <translation>%1 debe ser un número entero de 1 a %2, no «%3»</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RolesCommand</name>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="32"/>
        <source>Find occupations (SOC codes) by title, alias or code</source>
        <translation>Buscar ocupaciones (códigos SOC) por título, alias o código</translation>
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
        <translation>Uso: anchorline-cli roles --search TEXTO [--limit N] [--json]

Lista las ocupaciones que coinciden con TEXTO, de mejor a peor: títulos SOC 2018, títulos O*NET, títulos
de puestos habituales («SWE», «ML engineer», «product manager») y códigos SOC («15-1252», «15-12»).
No importan las mayúsculas, los acentos, los plurales ni las pequeñas erratas.

  --search TEXTO qué buscar
  --limit N      como máximo N resultados (por defecto 10, como máximo 100)
  --json         mostrar [{soc, title, matched}] en lugar de líneas
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="62"/>
        <source>No occupation matches &quot;%1&quot;.
</source>
        <translation>Ninguna ocupación coincide con «%1».
</translation>
    </message>
    <message>
        <location filename="../src/cli/RolesCommand.cpp" line="67"/>
        <source>  (matched &quot;%1&quot;)</source>
        <translation>  (coincidencia «%1»)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StrategiesCommand</name>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="30"/>
        <source>The negotiation strategies, with their ids for email --strategy</source>
        <translation>Las estrategias de negociación, con sus id para email --strategy</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="35"/>
        <source>Usage: anchorline-cli strategies [--json]

Lists the negotiation strategies: id, name and a one-line summary.

  --json       print a JSON array of {id, name, summary}
</source>
        <translation>Uso: anchorline-cli strategies [--json]

Lista las estrategias de negociación: id, nombre y un resumen de una línea.

  --json       mostrar una lista JSON de {id, name, summary}
</translation>
    </message>
    <message>
        <location filename="../src/cli/StrategiesCommand.cpp" line="45"/>
        <source>strategies: unknown argument &quot;%1&quot;

</source>
        <translation>strategies: argumento desconocido «%1»

</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientDirectory</name>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="35"/>
        <source>%1: cannot read this folder</source>
        <translation>%1: no se puede leer esta carpeta</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="123"/>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="160"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="162"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="164"/>
        <source>Last opened</source>
        <translation>Abierto por última vez</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="166"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="168"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="170"/>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Empresa en crecimiento</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="54"/>
        <source>Public company</source>
        <translation>Empresa cotizada</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="58"/>
        <source>Government or non-profit</source>
        <translation>Administración pública o entidad sin ánimo de lucro</translation>
    </message>
</context>
<context>
    <name>Anchorline::CsvReader</name>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="59"/>
        <source>a quoted field is not closed (missing &quot;)</source>
        <translation>un campo entre comillas no está cerrado (falta &quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/CsvReader.cpp" line="74"/>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado tras unas comillas de cierre</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataSourcesDialog</name>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="36"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="38"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="38"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="38"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="45"/>
        <source>What the figures measure</source>
        <translation>Qué miden las cifras</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <source>Government wages (BLS OEWS) are straight-time gross pay: base wage, excluding overtime, bonuses, stock and sign-on. The market band is therefore compared with the offer&apos;s base salary, not its total compensation.</source>
        <translation>Los salarios oficiales (BLS OEWS) son la remuneración bruta por la jornada ordinaria: salario base, sin horas extra, bonus, acciones ni bono de incorporación. Por eso la banda de mercado se compara con el salario base de la oferta, no con su retribución total.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="51"/>
        <source>BLS publishes annual percentiles at or above $239,200 only as &quot;≥ $239,200&quot;. The app shows such values as lower bounds (an open arrow on the chart), never as exact figures.</source>
        <translation>El BLS publica los percentiles anuales iguales o superiores a 239.200 $ solo como «≥ 239.200 $». La aplicación muestra esos valores como límites inferiores (una flecha abierta en el gráfico), nunca como cifras exactas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="54"/>
        <source>The survey behind all government figures is May %1; pay has moved since. The status bar says how old the data is.</source>
        <translation>La encuesta en la que se basan todas las cifras oficiales es de mayo de %1; los salarios han cambiado desde entonces. La barra de estado indica la antigüedad de los datos.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="58"/>
        <source>How estimates are made</source>
        <translation>Cómo se hacen las estimaciones</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="60"/>
        <source>Career levels</source>
        <translation>Niveles profesionales</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="63"/>
        <source>Secondary sources</source>
        <translation>Fuentes secundarias</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="66"/>
        <source>Tech-industry figures for AI and software engineers (typical pay, pay by level, total compensation with stock) come from the product brief, not from government data, and are always labelled as a secondary source with their date.</source>
        <translation>Las cifras del sector tecnológico para ingenieros de IA y de software (salario típico, salario por nivel, retribución total con acciones) proceden del documento de producto, no de datos oficiales, y siempre se indican como fuente secundaria con su fecha.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="69"/>
        <source>Negotiation strategies cite their research (shown with each strategy and in the email&apos;s sources). Anchorline never goes on the network: all data is built in.</source>
        <translation>Las estrategias de negociación citan su investigación (se muestra en cada estrategia y en las fuentes del correo). Anchorline nunca se conecta a la red: todos los datos están integrados.</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetImporter</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="441"/>
        <source>… and %1 more errors</source>
        <translation>… y %1 errores más</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="478"/>
        <source>the file is empty: it needs a header line and rows</source>
        <translation>el archivo está vacío: necesita una línea de cabecera y filas</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="498"/>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene cabecera pero no tiene filas</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetLibrary</name>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="27"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="57"/>
        <source>dataset name &quot;%1&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>el nombre del conjunto de datos «%1» debe tener de 1 a 64 letras, cifras, espacios, «.», «_» o «-», y empezar por una letra o una cifra</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="103"/>
        <source>a dataset named &quot;%1&quot; already exists</source>
        <translation>ya existe un conjunto de datos llamado «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="105"/>
        <source>%1: cannot create the directory</source>
        <translation>%1: no se puede crear el directorio</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="111"/>
        <location filename="../src/core/DatasetLibrary.cpp" line="116"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="126"/>
        <source>no dataset named &quot;%1&quot;</source>
        <translation>no hay ningún conjunto de datos llamado «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="132"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailComposer</name>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="153"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="150"/>
        <source>about </source>
        <translation>unos </translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="152"/>
        <source>the United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailDraft</name>
    <message>
        <location filename="../src/core/NegotiationPlan.cpp" line="9"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailTones</name>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="92"/>
        <source>Warm</source>
        <translation>Cordial</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="94"/>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationInput.cpp" line="98"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
</context>
<context>
    <name>Anchorline::GuardRailChecker</name>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="106"/>
        <source>The competing-offer strategy needs a real, written competing offer. Enter it, or choose another strategy; never cite an offer you do not have.</source>
        <translation>La estrategia de oferta de la competencia necesita una oferta de la competencia real y por escrito. Introdúzcala o elija otra estrategia; nunca mencione una oferta que no tenga.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="113"/>
        <source>There is no market band for this role and location, so the email has no market sentence and band-based asks stay at the offer.</source>
        <translation>No hay banda de mercado para este puesto y esta ubicación, así que el correo no incluye la frase sobre el mercado y las peticiones basadas en la banda se quedan en la oferta.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="127"/>
        <source>The ask for %1 (%2) is below the offer (%3). Never counter below what is already offered.</source>
        <translation>La petición de %1 (%2) es inferior a la oferta (%3). Nunca haga una contraoferta por debajo de lo ya ofrecido.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="136"/>
        <source>The ask is not above the offer. Choose a higher target percentile or another strategy (for example non-cash levers).</source>
        <translation>La petición no supera la oferta. Elija un percentil objetivo más alto u otra estrategia (por ejemplo, palancas no salariales).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="154"/>
        <source>The base ask %1 is more than 10 % above the market&apos;s p90 (%2). Extreme first offers can offend and end talks; consider a lower target.</source>
        <translation>La petición de salario base de %1 supera en más de un 10 % el p90 del mercado (%2). Las primeras ofertas extremas pueden ofender y romper la negociación; considere un objetivo más bajo.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="167"/>
        <source>The ask (%1 in base, sign-on, equity per year and refresh) is more than 25 % above the offer (%2) and there is no competing offer to justify it.</source>
        <translation>La petición (%1 entre salario base, bono de incorporación, acciones anuales y renovaciones) supera en más de un 25 % la oferta (%2) y no hay una oferta de la competencia que la justifique.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="186"/>
        <source>%1 is more precise than it needs to be: recruiters read very precise numbers as arbitrary. Consider %2 and give the reason.</source>
        <translation>%1 es más precisa de lo necesario: los seleccionadores perciben las cifras muy precisas como arbitrarias. Considere %2 y explique el motivo.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="202"/>
        <source>A range that ends at your target (%1) invites the employer to pick its bottom. Start the range at the target instead (a bolstering range, e.g. %1 to %2).</source>
        <translation>Un rango que termina en su objetivo (%1) invita a la empresa a elegir el extremo inferior. Empiece el rango en el objetivo (un rango de refuerzo, p. ej. de %1 a %2).</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="238"/>
        <source>The competing offer (%1 a year on average) is not higher than this offer (%2): don&apos;t cite it. It stays out of the email.</source>
        <translation>La oferta de la competencia (%1 al año de media) no es más alta que esta oferta (%2): no la mencione. Queda fuera del correo.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="255"/>
        <source>The decision is due %1, less than a week away: ask for time before you reply (the ask-for-time email asks for a specific date), and speed up your other processes.</source>
        <translation>La decisión vence el %1, en menos de una semana: pida tiempo antes de responder (el correo para pedir tiempo propone una fecha concreta) y acelere sus otros procesos.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="296"/>
        <source>&quot;%1&quot; reads as an ultimatum. Ultimatums push the other side to walk away; state the ask and the reason positively instead.</source>
        <translation>«%1» suena a ultimátum. Los ultimátums empujan a la otra parte a retirarse; exponga la petición y el motivo en positivo.</translation>
    </message>
    <message>
        <location filename="../src/core/GuardRailChecker.cpp" line="317"/>
        <source>The email reveals your current pay. Pay history anchors the employer low; base the ask on the market instead (some places forbid employers to ask).</source>
        <translation>El correo revela su salario actual. El historial salarial ancla a la empresa a la baja; base la petición en el mercado (en algunos lugares está prohibido que la empresa lo pregunte).</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportRun</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="228"/>
        <source>unknown column &quot;%1&quot; (the columns are %2)</source>
        <translation>columna desconocida «%1» (las columnas son %2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="234"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="239"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>falta la columna «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="242"/>
        <source>no percentile column: add at least one of p10, p25, p50, p75, p90</source>
        <translation>no hay columna de percentil: añada al menos una de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="249"/>
        <source>role is empty</source>
        <translation>el puesto está vacío</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="255"/>
        <source>role &quot;%1&quot; is not a SOC code or a known title; closest: %2</source>
        <translation>el puesto «%1» no es un código SOC ni un título conocido; lo más parecido: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="262"/>
        <source>location is empty</source>
        <translation>la ubicación está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="268"/>
        <source>location &quot;%1&quot; is not an area code, &quot;US&quot; or the name of exactly one area; closest: %2</source>
        <translation>la ubicación «%1» no es un código de zona, «US» ni el nombre de exactamente una zona; lo más parecido: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="282"/>
        <source>%1 &quot;%2&quot; is not an amount: %3</source>
        <translation>%1 «%2» no es un importe: %3</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="290"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 es negativo (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="295"/>
        <source>%1 %2 %3 is not a plausible annual salary (allowed %4 to %5)</source>
        <translation>%1 %2 %3 no es un salario anual plausible (se admite de %4 a %5)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="319"/>
        <source>same role, location and level as line %1</source>
        <translation>mismo puesto, ubicación y nivel que la línea %1</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="337"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="358"/>
        <source>level &quot;%1&quot; is not one of entry, junior, mid, senior, staff, principal (or empty for all levels)</source>
        <translation>el nivel «%1» no es uno de entry, junior, mid, senior, staff, principal (o vacío para todos los niveles)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="371"/>
        <source>currency is empty</source>
        <translation>la moneda está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="373"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="382"/>
        <source>date &quot;%1&quot; is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>la fecha «%1» no es una fecha (use AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="384"/>
        <source>date %1 is in the future</source>
        <translation>la fecha %1 está en el futuro</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="391"/>
        <source>source is empty: say where the figures come from</source>
        <translation>la fuente está vacía: indique de dónde proceden las cifras</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="407"/>
        <source>no amount: give at least one of p10, p25, p50, p75, p90</source>
        <translation>no hay importe: indique al menos uno de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="421"/>
        <source>percentiles decrease: %1 (%2) is below %3 (%4)</source>
        <translation>los percentiles disminuyen: %1 (%2) es inferior a %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportedDataset</name>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="166"/>
        <source>Imported from your dataset &quot;%1&quot; (%2). Percentiles the file does not give are missing, not estimated.</source>
        <translation>Importado de su conjunto de datos «%1» (%2). Los percentiles que el archivo no incluye faltan; no se estiman.</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="215"/>
        <source>not an Anchorline dataset file</source>
        <translation>no es un archivo de conjunto de datos de Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="218"/>
        <source>dataset format version %1 is not supported (this version reads %2)</source>
        <translation>la versión %1 del formato del conjunto de datos no es compatible (esta versión lee la %2)</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="226"/>
        <source>the dataset header is damaged</source>
        <translation>la cabecera del conjunto de datos está dañada</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="234"/>
        <source>the dataset tables are damaged</source>
        <translation>las tablas del conjunto de datos están dañadas</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="261"/>
        <source>row %1 of the dataset is damaged</source>
        <translation>la fila %1 del conjunto de datos está dañada</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="270"/>
        <source>the dataset should hold %1 rows but holds %2</source>
        <translation>el conjunto de datos debería contener %1 filas, pero contiene %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgression</name>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="58"/>
        <source>%1 (secondary)</source>
        <translation>%1 (secundaria)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="71"/>
        <source>%1 median base</source>
        <translation>%1 salario base mediano</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="77"/>
        <source>Dashed lines: median base pay by level, %1, %2 (level bands are modelled estimates)</source>
        <translation>Líneas discontinuas: salario base mediano por nivel, %1, %2 (las bandas por nivel son estimaciones modeladas)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="85"/>
        <source>Bars: %1; early-career (L3), mid-level (L4) and senior (L5) shown at Entry, Mid-level and Senior</source>
        <translation>Barras: %1; inicio de carrera (L3), nivel intermedio (L4) y sénior (L5) mostrados como Inicial, Intermedio y Sénior</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgressionChart</name>
    <message>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/LevelProgressionChart.cpp" line="29"/>
        <source>Pay progression by level</source>
        <translation>Progresión salarial por nivel</translation>
    </message>
</context>
<context>
    <name>Anchorline::LocationSearch</name>
    <message>
        <location filename="../src/core/LocationSearch.cpp" line="63"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>Anchorline::MainWindow</name>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="83"/>
        <source>Market band</source>
        <translation>Banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="84"/>
        <source>Year by year</source>
        <translation>Año por año</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="85"/>
        <source>By level</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="86"/>
        <source>Walk-away cost</source>
        <translation>Coste de marcharse</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="87"/>
        <source>Role comparison</source>
        <translation>Comparación de puestos</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="132"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="146"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="147"/>
        <source>The new language takes effect after you restart Anchorline.</source>
        <translation>El nuevo idioma se aplicará cuando reinicie Anchorline.</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="150"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="223"/>
        <source>1 year old</source>
        <translation>1 año de antigüedad</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="223"/>
        <source>%1 years old</source>
        <translation>%1 años de antigüedad</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="224"/>
        <source>Data: %1, %2 (survey of %3, %4)</source>
        <translation>Datos: %1, %2 (encuesta de %3, %4)</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="229"/>
        <source>No market band</source>
        <translation>Sin banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="239"/>
        <source>Check %1 (the charts show the last valid inputs)</source>
        <translation>Revise %1 (los gráficos muestran los últimos datos válidos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="246"/>
        <source>Compared with: %1 (%2) in %3</source>
        <translation>Comparado con: %1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::MarketBandChart</name>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="47"/>
        <source>Market band</source>
        <translation>Banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="52"/>
        <source>Annual base pay</source>
        <translation>Salario base anual</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="68"/>
        <source>median (p50)</source>
        <translation>mediana (p50)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="70"/>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="72"/>
        <source>ask</source>
        <translation>petición</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="154"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="156"/>
        <source>No market band for this role and place</source>
        <translation>No hay banda de mercado para este puesto y este lugar</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="220"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="221"/>
        <source>Ask</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="238"/>
        <source>estimated (modelled)</source>
        <translation>estimado (modelado)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="238"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
</context>
<context>
    <name>Anchorline::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="180"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="191"/>
        <source>a minus sign may only lead the amount</source>
        <translation>el signo menos solo puede ir al principio del importe</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="207"/>
        <source>enter an amount such as 187500, 187,500 or 187.5k</source>
        <translation>introduzca un importe como 187500, 187,500 o 187.5k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="217"/>
        <source>&quot;%1&quot; is not part of an amount</source>
        <translation>«%1» no forma parte de un importe</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="244"/>
        <source>the decimal part may not hold separators</source>
        <translation>la parte decimal no puede contener separadores</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="251"/>
        <source>thousands separators must split the number into groups of three</source>
        <translation>los separadores de miles deben dividir el número en grupos de tres</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="255"/>
        <source>the amount has more than one decimal separator</source>
        <translation>el importe tiene más de un separador decimal</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="265"/>
        <source>%1 amounts have no decimal places</source>
        <translation>los importes en %1 no tienen decimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="266"/>
        <source>an amount has at most %1 decimal places</source>
        <translation>un importe tiene como máximo %1 decimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="276"/>
        <source>amounts above %1 are not accepted</source>
        <translation>no se aceptan importes superiores a %1</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="280"/>
        <source>the amount may not be negative</source>
        <translation>el importe no puede ser negativo</translation>
    </message>
</context>
<context>
    <name>Anchorline::MoneyLineEdit</name>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="36"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="90"/>
        <source>enter an amount, e.g. 187,500 or 187.5k</source>
        <translation>introduzca un importe, p. ej. 187,500 o 187.5k</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationEngine</name>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="268"/>
        <source>unknown strategy &quot;%1&quot;; known strategies: %2</source>
        <translation>estrategia desconocida «%1»; estrategias conocidas: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="275"/>
        <source>no templates for language &quot;%1&quot;; available: %2</source>
        <translation>no hay plantillas para el idioma «%1»; disponibles: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="306"/>
        <source>Package %1: %2</source>
        <translation>Paquete %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="316"/>
        <source>%1 (OEWS survey year %2)</source>
        <translation>%1 (año de la encuesta OEWS %2)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="321"/>
        <source>Estimated values: %1</source>
        <translation>Valores estimados: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationPanel</name>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="43"/>
        <source>Base salary</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="45"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="47"/>
        <source>Equity per year</source>
        <translation>Acciones al año</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="49"/>
        <source>Refreshers per year</source>
        <translation>Renovaciones al año</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="182"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (recomendada)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="192"/>
        <source>%1 (needs more input)</source>
        <translation>%1 (faltan datos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="205"/>
        <source>Offered base %1: %2 of %3 pay for %4 in %5 (%6).</source>
        <translation>Salario base ofrecido %1: %2 de los salarios de %3 para %4 en %5 (%6).</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="223"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="233"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="260"/>
        <source>Blocked: </source>
        <translation>Bloqueado: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="261"/>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="353"/>
        <source>A blocking warning above must be fixed first.</source>
        <translation>Primero hay que resolver una advertencia bloqueante de arriba.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="354"/>
        <source>Copy the subject and body to the clipboard</source>
        <translation>Copiar el asunto y el cuerpo al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="356"/>
        <source>Start a new message in your mail app with this text</source>
        <translation>Iniciar un mensaje nuevo en su aplicación de correo con este texto</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="372"/>
        <source>Open in mail app</source>
        <translation>Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="373"/>
        <source>No mail app accepted the message. Use Copy email and paste it instead.</source>
        <translation>Ninguna aplicación de correo aceptó el mensaje. Use «Copiar correo» y péguelo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="379"/>
        <source>negotiation-email.txt</source>
        <translation>correo-negociacion.txt</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="381"/>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="386"/>
        <source>Save email as text</source>
        <translation>Guardar el correo como texto</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="381"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="391"/>
        <source>Start your ask above the median</source>
        <translation>Empiece su petición por encima de la mediana</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="392"/>
        <source>You&apos;ll rarely be offered more than you ask, so anchor high and let the employer negotiate you down.</source>
        <translation>Rara vez le ofrecerán más de lo que pida, así que ancle alto y deje que la empresa negocie a la baja.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="394"/>
        <source>Aim at the 75th percentile of the market band, not the median.</source>
        <translation>Apunte al percentil 75 de la banda de mercado, no a la mediana.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="395"/>
        <source>Use a moderately precise number ($187,500, not $190,000) with a reason.</source>
        <translation>Use una cifra moderadamente precisa (187.500 $, no 190.000 $) con un motivo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="396"/>
        <source>Raise the target percentile</source>
        <translation>Subir el percentil objetivo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="402"/>
        <source>Say &quot;market data puts this role at $X–$Y&quot;</source>
        <translation>Diga: «Los datos de mercado sitúan este puesto entre X y Y $»</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="403"/>
        <source>External benchmarks are harder to argue against than personal expectations: &quot;I was hoping for more&quot; gives the recruiter nothing to take to the hiring manager.</source>
        <translation>Es más difícil rebatir referencias externas que expectativas personales: «Esperaba algo más» no le da al seleccionador nada que llevar al responsable de contratación.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="405"/>
        <source>Name the source and its year; the email does this for you.</source>
        <translation>Cite la fuente y su año; el correo lo hace por usted.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="406"/>
        <source>Never reveal your current pay.</source>
        <translation>Nunca revele su salario actual.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <source>Use the market-anchored counter</source>
        <translation>Usar la contraoferta anclada en el mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="411"/>
        <source>When base is stuck, move other levers</source>
        <translation>Cuando el salario base no se mueve, mueva otras palancas</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="412"/>
        <source>Total compensation has more levers than base alone: equity and its vesting schedule, a signing bonus, accelerated refresh grants.</source>
        <translation>La retribución total tiene más palancas que el salario base: las acciones y su calendario de consolidación, un bono de incorporación, concesiones de renovación anticipadas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="414"/>
        <source>Ask for all levers in one message, in priority order.</source>
        <translation>Pida todas las palancas en un mismo mensaje, por orden de prioridad.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="415"/>
        <source>A sign-on bonus sits outside the salary band and sets no precedent.</source>
        <translation>Un bono de incorporación queda fuera de la banda salarial y no sienta precedente.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="416"/>
        <source>Add a sign-on lever</source>
        <translation>Añadir la palanca del bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="420"/>
        <source>Ask for 48 hours to review</source>
        <translation>Pida 48 horas para revisarla</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="421"/>
        <source>This creates time to counter and signals that you take the offer seriously — not that you are uncertain.</source>
        <translation>Así gana tiempo para una contraoferta y transmite que se toma la oferta en serio, no que tenga dudas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="423"/>
        <source>Don&apos;t decide on the call; thank them and ask for the offer in writing.</source>
        <translation>No decida durante la llamada; dé las gracias y pida la oferta por escrito.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="424"/>
        <source>Ask for a specific date, especially when the deadline is under a week.</source>
        <translation>Pida una fecha concreta, sobre todo si el plazo es inferior a una semana.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="425"/>
        <source>Insert the ask-for-time email</source>
        <translation>Insertar el correo para pedir tiempo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="434"/>
        <source>Stronger approach:</source>
        <translation>Enfoque más sólido:</translation>
    </message>
</context>
<context>
    <name>Anchorline::ObjectReader</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="71"/>
        <source>unknown key; expected one of %1</source>
        <translation>clave desconocida; se esperaba una de %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="88"/>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="101"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="107"/>
        <source>expected a whole number, got %1</source>
        <translation>se esperaba un número entero, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="125"/>
        <source>a percentage such as 10 or 3.5</source>
        <translation>un porcentaje como 10 o 3.5</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="131"/>
        <source>a percentage has at most two decimal places</source>
        <translation>un porcentaje tiene como máximo dos decimales</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="149"/>
        <source>an amount such as 187500, 1234.56 or &quot;$187,500&quot;</source>
        <translation>un importe como 187500, 1234.56 o &quot;$187,500&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="176"/>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="187"/>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="198"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Offer</name>
    <message>
        <location filename="../src/core/Offer.cpp" line="61"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>moneda desconocida «%1»; se esperaba un código ISO como USD o EUR</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="66"/>
        <source>expected the yearly base salary, more than 0</source>
        <translation>se esperaba el salario base anual, mayor que 0</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="73"/>
        <source>give either bonus_percent or bonus_fixed, not both</source>
        <translation>indique bonus_percent o bonus_fixed, no ambos</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="78"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../src/core/Offer.cpp" line="83"/>
        <source> years</source>
        <translation> años</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferBriefReport</name>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="60"/>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="88"/>
        <source>Offer brief</source>
        <translation>Resumen de la oferta</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="89"/>
        <source>Offer brief — %1</source>
        <translation>Resumen de la oferta — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="116"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="120"/>
        <source>Prepared %1 with Anchorline. Current pay is private and not shown.</source>
        <translation>Preparado el %1 con Anchorline. El salario actual es privado y no se muestra.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="128"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="237"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="130"/>
        <source>Bonus (fixed)</source>
        <translation>Bonus (fijo)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="133"/>
        <source>Target bonus</source>
        <translation>Bonus objetivo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="135"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="238"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Equity grant (%1 years)</source>
        <translation>Concesión de acciones (%1 años)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="140"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="239"/>
        <source>Yearly refresher</source>
        <translation>Renovación anual</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="142"/>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="143"/>
        <source>Target percentile</source>
        <translation>Percentil objetivo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>The offer</source>
        <translation>La oferta</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>Input</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="150"/>
        <source>Market band (base pay)</source>
        <translation>Banda de mercado (salario base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="163"/>
        <source>(estimate)</source>
        <translation>(estimación)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="167"/>
        <source>Offer base: %1. Source: %2.</source>
        <translation>Salario base de la oferta: %1. Fuente: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="184"/>
        <source>4 years</source>
        <translation>4 años</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="185"/>
        <source>Year by year (computed from the offer&apos;s terms)</source>
        <translation>Año por año (calculado a partir de las condiciones de la oferta)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="227"/>
        <source>The ask — %1</source>
        <translation>La petición — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="234"/>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="236"/>
        <source>%1: %2 (offered %3)</source>
        <translation>%1: %2 (ofrecido %3)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="240"/>
        <source>Equity per year</source>
        <translation>Acciones al año</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="246"/>
        <source>Level: %1 (offered %2)</source>
        <translation>Nivel: %1 (ofrecido %2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="251"/>
        <source>No change to the numbers; the email asks for the levers below.</source>
        <translation>Sin cambios en las cifras; el correo pide las palancas siguientes.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="255"/>
        <source>Check: %1</source>
        <translation>Revisar: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="186"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="219"/>
        <source>Offers side by side</source>
        <translation>Ofertas una al lado de otra</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="226"/>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="268"/>
        <source>The email</source>
        <translation>El correo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="268"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="279"/>
        <source>Year-by-year pay is computed from the offer&apos;s own terms, not from market data.</source>
        <translation>La retribución año por año se calcula a partir de las propias condiciones de la oferta, no de datos de mercado.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="280"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonModel</name>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="102"/>
        <source>This offer cannot be evaluated yet:
%1</source>
        <translation>Esta oferta aún no se puede evaluar:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="111"/>
        <source>No market band for this role, level and location</source>
        <translation>No hay banda de mercado para este puesto, nivel y ubicación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="118"/>
        <source>Base salary against the market band. Source: %1</source>
        <translation>Salario base frente a la banda de mercado. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="144"/>
        <source>Unvested equity forfeited plus sign-on repaid when leaving after 12 months</source>
        <translation>Acciones no consolidadas perdidas más el bono de incorporación devuelto al marcharse a los 12 meses</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="164"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="166"/>
        <source>4-year total</source>
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="168"/>
        <source>Market percentile (base)</source>
        <translation>Percentil de mercado (salario base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="170"/>
        <source>Walk-away cost at 12 months</source>
        <translation>Coste de marcharse a los 12 meses</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferForm</name>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="51"/>
        <source>Edit offer</source>
        <translation>Editar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="125"/>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="136"/>
        <source>Custom yearly percentages</source>
        <translation>Porcentajes anuales personalizados</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="138"/>
        <source>How the grant vests over the years. The presets are the common schedules (standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own.</source>
        <translation>Cómo se consolida la concesión a lo largo de los años. Los predefinidos son los calendarios habituales (estándar de 4 años con cliff de 1 año, al estilo de Amazon 5/15/40/40, al estilo de Google 33/33/22/12, calendarios con más peso al principio); elija «Personalizado» para escribir el suyo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="148"/>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="149"/>
        <source>Pro rata (months not worked)</source>
        <translation>Prorrata (meses no trabajados)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="154"/>
        <source>Base salary</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band compares.</source>
        <translation>Salario base anual bruto, p. ej. 187,500 o 187.5k. Es lo que se compara con la banda de mercado.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="159"/>
        <source>Fixed bonus</source>
        <translation>Bonus fijo</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="160"/>
        <source>A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %.</source>
        <translation>Un bonus anual fijo en lugar del porcentaje; déjelo vacío para usar el % de bonus objetivo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="161"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="161"/>
        <source>Sign-on bonus paid when you start.</source>
        <translation>Bono de incorporación que se paga al empezar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="162"/>
        <source>Sign-on year 2</source>
        <translation>Bono de incorporación año 2</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="163"/>
        <source>Second sign-on payment at the start of year 2, if the bonus is split.</source>
        <translation>Segundo pago del bono de incorporación al comienzo del año 2, si el bono se divide.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="164"/>
        <source>Equity grant</source>
        <translation>Concesión de acciones</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="165"/>
        <source>Total value of the initial equity grant (RSUs) at grant, over the whole vesting period, e.g. 240k.</source>
        <translation>Valor total de la concesión inicial de acciones (RSU) en el momento de concederla, para todo el periodo de consolidación, p. ej. 240k.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="168"/>
        <source>Refresher grant</source>
        <translation>Concesión de renovación</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="169"/>
        <source>Value of the yearly refresher grant, if the company states one.</source>
        <translation>Valor de la concesión anual de renovación, si la empresa indica una.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="170"/>
        <source>Competing base salary</source>
        <translation>Salario base de la oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="171"/>
        <source>The other offer&apos;s base salary.</source>
        <translation>El salario base de la otra oferta.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="172"/>
        <source>Competing sign-on</source>
        <translation>Bono de incorporación de la competencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="173"/>
        <source>The other offer&apos;s sign-on bonus.</source>
        <translation>El bono de incorporación de la otra oferta.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="174"/>
        <source>Competing equity</source>
        <translation>Acciones de la competencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="175"/>
        <source>The other offer&apos;s total equity grant over 4 years.</source>
        <translation>La concesión total de acciones de la otra oferta a 4 años.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="176"/>
        <source>Left behind</source>
        <translation>Lo que deja atrás</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="177"/>
        <source>Unvested equity and bonus you give up by leaving your current job: the basis for a make-whole sign-on ask. Never put into the email as your pay.</source>
        <translation>Acciones no consolidadas y bonus a los que renuncia al dejar su empleo actual: la base para pedir un bono de incorporación compensatorio. Nunca lo ponga en el correo como su salario.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="181"/>
        <source>e.g. Software Engineer</source>
        <translation>p. ej. Software Engineer</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="182"/>
        <source>e.g. San Jose, CA (empty: United States)</source>
        <translation>p. ej. San Jose, CA (vacío: Estados Unidos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="183"/>
        <source>Your level for this offer. It picks the part of the local pay distribution the band shows.</source>
        <translation>Su nivel para esta oferta. Determina la parte de la distribución salarial local que muestra la banda.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="347"/>
        <source>&quot;%1&quot; is not a percentage; write the yearly shares like 25/25/25/25</source>
        <translation>«%1» no es un porcentaje; escriba las partes anuales así: 25/25/25/25</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="361"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>el cliff debe estar entre 0 y %1 meses</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="531"/>
        <source>Vesting</source>
        <translation>Consolidación</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferJson</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="214"/>
        <source>unknown cadence &quot;%1&quot;; expected annual, semiannual, quarterly or monthly</source>
        <translation>periodicidad desconocida «%1»; se esperaba annual, semiannual, quarterly o monthly</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="236"/>
        <source>unknown schedule &quot;%1&quot;; expected one of %2, or an array of yearly percentages such as [25, 25, 25, 25]</source>
        <translation>calendario desconocido «%1»; se esperaba uno de %2 o una lista de porcentajes anuales como [25, 25, 25, 25]</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="260"/>
        <source>a preset name or an array of yearly percentages</source>
        <translation>un nombre de calendario predefinido o una lista de porcentajes anuales</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="270"/>
        <source>expected 0 to %1 months</source>
        <translation>se esperaban de 0 a %1 meses</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="288"/>
        <source>unknown rule &quot;%1&quot;; expected &quot;full&quot; or &quot;prorata&quot;</source>
        <translation>regla desconocida «%1»; se esperaba «full» o «prorata»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="323"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="340"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="344"/>
        <source>expected a JSON object { &quot;schema&quot;: 1, ... } at the top level</source>
        <translation>se esperaba un objeto JSON { &quot;schema&quot;: 1, ... } en el nivel superior</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="358"/>
        <source>missing; expected &quot;schema&quot;: %1</source>
        <translation>falta; se esperaba &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="362"/>
        <source>expected %1; this version of Anchorline reads offer files of schema %1</source>
        <translation>se esperaba %1; esta versión de Anchorline lee archivos de oferta con el esquema %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="372"/>
        <source>unknown level &quot;%1&quot;; expected one of entry, junior, mid, senior, staff, principal</source>
        <translation>nivel desconocido «%1»; se esperaba uno de entry, junior, mid, senior, staff, principal</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="381"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>moneda desconocida «%1»; se esperaba un código ISO como USD o EUR</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="388"/>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD, se obtuvo «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="391"/>
        <source>missing; expected the yearly base salary, e.g. 187500</source>
        <translation>falta; se esperaba el salario base anual, p. ej. 187500</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferWorkspace</name>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="107"/>
        <source>No occupation matches the role &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Ninguna ocupación coincide con el puesto «%1»; elija una de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="113"/>
        <source>No wage area matches the location &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Ninguna zona salarial coincide con la ubicación «%1»; elija una de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="121"/>
        <source>No local data for %1 in %2 (%3); showing the national band.</source>
        <translation>No hay datos locales para %1 en %2 (%3); se muestra la banda nacional.</translation>
    </message>
</context>
<context>
    <name>Anchorline::ReportExporter</name>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="115"/>
        <source>%1: the session holds no offer to report on</source>
        <translation>%1: la sesión no contiene ninguna oferta sobre la que informar</translation>
    </message>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="67"/>
        <source>Role comparison</source>
        <translation>Comparación de puestos</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="82"/>
        <source>Typical pay</source>
        <translation>Salario típico</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="97"/>
        <source>Early-career, mid-level and senior pay</source>
        <translation>Salario de inicio de carrera, nivel intermedio y sénior</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="100"/>
        <source>Pay progression by level</source>
        <translation>Progresión salarial por nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="101"/>
        <source>Why the pay differs</source>
        <translation>Por qué difieren los salarios</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="113"/>
        <source>Skills that drive higher pay</source>
        <translation>Habilidades que elevan el salario</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="114"/>
        <source>Career paths, plateaus and transitions</source>
        <translation>Trayectorias, estancamientos y cambios de carrera</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="141"/>
        <source>A role the product brief profiles, or any occupation in the government data</source>
        <translation>Un puesto descrito en el documento de producto o cualquier ocupación de los datos oficiales</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="145"/>
        <source>Government figures are for this place; the brief&apos;s figures are not local</source>
        <translation>Las cifras oficiales son de este lugar; las del documento de producto no son locales</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="154"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="155"/>
        <source>&amp;With:</source>
        <translation>C&amp;on:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="156"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="157"/>
        <source>L&amp;evel:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="175"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="181"/>
        <source>United States (national)</source>
        <translation>Estados Unidos (nacional)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="258"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="264"/>
        <source>Median base pay: %1</source>
        <translation>Salario base mediano: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="288"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="289"/>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="293"/>
        <source>Median base pay, %1: %2 &lt;small&gt;(%3; level bands are modelled)&lt;/small&gt;</source>
        <translation>Salario base mediano, %1: %2 &lt;small&gt;(%3; las bandas por nivel son modeladas)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="292"/>
        <source>No government figures for these roles here.</source>
        <translation>No hay cifras oficiales para estos puestos aquí.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="314"/>
        <source>The product brief explains the difference only between AI engineers and software engineers. For these roles Anchorline shows the government pay figures above.</source>
        <translation>El documento de producto solo explica la diferencia entre ingenieros de IA e ingenieros de software. Para estos puestos, Anchorline muestra las cifras salariales oficiales de arriba.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="325"/>
        <source>The product brief has no skills or career-path data for this role.</source>
        <translation>El documento de producto no tiene datos de habilidades ni de trayectoria para este puesto.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="346"/>
        <source>When pay growth slows:</source>
        <translation>Cuando el crecimiento salarial se frena:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="347"/>
        <source>Common transitions:</source>
        <translation>Cambios habituales:</translation>
    </message>
</context>
<context>
    <name>Anchorline::RolePayTableModel</name>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="27"/>
        <source>Secondary source, %1</source>
        <translation>Fuente secundaria, %1</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="44"/>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="67"/>
        <source>%1 (est.)</source>
        <translation>%1 (est.)</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="109"/>
        <source>The source publishes only a lower bound for this figure.</source>
        <translation>La fuente solo publica un límite inferior para esta cifra.</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="122"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="124"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="126"/>
        <source>Typical</source>
        <translation>Típico</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="128"/>
        <source>Early-career</source>
        <translation>Inicio de carrera</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="130"/>
        <source>Mid-level</source>
        <translation>Nivel intermedio</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="132"/>
        <source>Senior</source>
        <translation>Sénior</translation>
    </message>
</context>
<context>
    <name>Anchorline::RoleProfiles</name>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="22"/>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>AI Engineer</source>
        <translation>Ingeniero/a de IA</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="25"/>
        <source>Government data has no AI engineer occupation; its figures are for Computer and Information Research Scientists (SOC 15-1221), the occupation that designs machine learning systems.</source>
        <translation>Los datos oficiales no tienen una ocupación de ingeniero de IA; sus cifras corresponden a Computer and Information Research Scientists (SOC 15-1221), la ocupación que diseña sistemas de aprendizaje automático.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="29"/>
        <source>Deep Learning Frameworks</source>
        <translation>Frameworks de aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="30"/>
        <source>Expertise in TensorFlow, PyTorch, and other deep learning frameworks for building neural networks</source>
        <translation>Dominio de TensorFlow, PyTorch y otros frameworks de aprendizaje profundo para crear redes neuronales</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="33"/>
        <source>Cloud AI Platforms</source>
        <translation>Plataformas de IA en la nube</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="34"/>
        <source>Proficiency with AWS SageMaker, Google AI Platform, Azure ML for scalable AI deployment</source>
        <translation>Manejo de AWS SageMaker, Google AI Platform y Azure ML para desplegar IA a escala</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="36"/>
        <source>MLOps and Model Deployment</source>
        <translation>MLOps y despliegue de modelos</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="37"/>
        <source>Skills in model versioning, monitoring, and production deployment pipelines</source>
        <translation>Conocimientos de versionado de modelos, monitorización y flujos de despliegue en producción</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="39"/>
        <source>Computer Vision</source>
        <translation>Visión por computador</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="40"/>
        <source>Specialized knowledge in image processing, object detection, and visual AI systems</source>
        <translation>Conocimiento especializado en procesamiento de imágenes, detección de objetos y sistemas de IA visual</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Junior AI Engineer</source>
        <translation>Ingeniero/a de IA júnior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="44"/>
        <source>Build basic ML models and data pipelines</source>
        <translation>Crear modelos de ML básicos y flujos de datos</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="45"/>
        <source>Design and deploy production AI systems</source>
        <translation>Diseñar y desplegar sistemas de IA en producción</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Senior AI Engineer</source>
        <translation>Ingeniero/a de IA sénior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="46"/>
        <source>Lead AI architecture and research initiatives</source>
        <translation>Liderar la arquitectura de IA y las iniciativas de investigación</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Principal AI Engineer</source>
        <translation>Ingeniero/a de IA principal</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="47"/>
        <source>Drive AI strategy and mentor engineering teams</source>
        <translation>Impulsar la estrategia de IA y ser mentor de equipos de ingeniería</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="50"/>
        <source>AI engineers may plateau when specialization becomes too narrow or when moving into management roles that reduce hands-on technical work.</source>
        <translation>Los ingenieros de IA pueden estancarse cuando su especialización se vuelve demasiado estrecha o al pasar a puestos de gestión con menos trabajo técnico directo.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="52"/>
        <source>AI engineers often transition to data science, ML research, or technical product management roles.</source>
        <translation>Los ingenieros de IA suelen pasar a ciencia de datos, investigación en ML o gestión técnica de producto.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="61"/>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Software Engineer</source>
        <translation>Ingeniero/a de software</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="65"/>
        <source>System Design</source>
        <translation>Diseño de sistemas</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="66"/>
        <source>Ability to design scalable, distributed systems and microservices architectures</source>
        <translation>Capacidad para diseñar sistemas distribuidos escalables y arquitecturas de microservicios</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Cloud Platforms</source>
        <translation>Plataformas en la nube</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="68"/>
        <source>Expertise in AWS, GCP, or Azure for building cloud-native applications</source>
        <translation>Dominio de AWS, GCP o Azure para crear aplicaciones nativas de la nube</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Full-Stack Development</source>
        <translation>Desarrollo full stack</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="70"/>
        <source>Proficiency across frontend, backend, and database technologies</source>
        <translation>Manejo de tecnologías de frontend, backend y bases de datos</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="72"/>
        <source>DevOps and CI/CD</source>
        <translation>DevOps y CI/CD</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="73"/>
        <source>Skills in automation, containerization, and continuous deployment practices</source>
        <translation>Conocimientos de automatización, contenedores y despliegue continuo</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Junior Software Engineer</source>
        <translation>Ingeniero/a de software júnior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="77"/>
        <source>Write code and fix bugs under guidance</source>
        <translation>Escribir código y corregir errores con supervisión</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="78"/>
        <source>Build features and maintain applications independently</source>
        <translation>Desarrollar funciones y mantener aplicaciones de forma autónoma</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Senior Software Engineer</source>
        <translation>Ingeniero/a de software sénior</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="79"/>
        <source>Design systems and lead technical decisions</source>
        <translation>Diseñar sistemas y liderar las decisiones técnicas</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Staff/Principal Engineer</source>
        <translation>Ingeniero/a staff/principal</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="80"/>
        <source>Define architecture and mentor teams</source>
        <translation>Definir la arquitectura y ser mentor de equipos</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="83"/>
        <source>Software engineers typically plateau at senior levels unless they develop system design expertise or move into technical leadership.</source>
        <translation>Los ingenieros de software suelen estancarse en niveles sénior salvo que desarrollen experiencia en diseño de sistemas o pasen al liderazgo técnico.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="86"/>
        <source>Software engineers commonly move into engineering management, solution architecture, or product engineering roles at larger companies.</source>
        <translation>Los ingenieros de software suelen pasar a la dirección de ingeniería, la arquitectura de soluciones o la ingeniería de producto en empresas grandes.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="118"/>
        <source>Specialization Premium</source>
        <translation>Prima por especialización</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="119"/>
        <source>AI engineers command higher salaries due to specialized knowledge in machine learning, deep learning, and AI frameworks that are in high demand but have limited talent supply.</source>
        <translation>Los ingenieros de IA cobran más gracias a su conocimiento especializado en aprendizaje automático, aprendizaje profundo y frameworks de IA, muy demandado pero con poca oferta de talento.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>Market Demand</source>
        <translation>Demanda del mercado</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="122"/>
        <source>The AI boom has created intense competition for AI talent, while software engineering has a more mature and balanced talent market.</source>
        <translation>El auge de la IA ha creado una intensa competencia por el talento en IA, mientras que la ingeniería de software tiene un mercado laboral más maduro y equilibrado.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="124"/>
        <source>Technical Complexity</source>
        <translation>Complejidad técnica</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="125"/>
        <source>AI engineering requires advanced mathematics, statistics, and domain expertise in addition to programming skills, justifying premium compensation.</source>
        <translation>La ingeniería de IA exige matemáticas avanzadas, estadística y conocimiento del dominio además de programación, lo que justifica una retribución superior.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="128"/>
        <source>Business Impact</source>
        <translation>Impacto en el negocio</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="129"/>
        <source>AI engineers often work on high-value initiatives like automation, predictive analytics, and intelligent systems that directly drive revenue and cost savings.</source>
        <translation>Los ingenieros de IA suelen trabajar en iniciativas de alto valor como la automatización, la analítica predictiva y los sistemas inteligentes, que generan ingresos y ahorros directos.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="132"/>
        <source>Educational Requirements</source>
        <translation>Requisitos de formación</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="133"/>
        <source>AI roles typically require advanced degrees or specialized training in machine learning, while software engineering has more diverse educational pathways.</source>
        <translation>Los puestos de IA suelen exigir títulos avanzados o formación especializada en aprendizaje automático, mientras que a la ingeniería de software se llega por caminos formativos más diversos.</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="145"/>
        <source>January 2026</source>
        <translation>Enero de 2026</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="155"/>
        <source>Secondary source: %1, last updated %2</source>
        <translation>Fuente secundaria: %1, actualizada por última vez en %2</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="162"/>
        <source>HIGH IMPACT</source>
        <translation>IMPACTO ALTO</translation>
    </message>
    <message>
        <location filename="../src/core/RoleProfile.cpp" line="164"/>
        <source>MEDIUM IMPACT</source>
        <translation>IMPACTO MEDIO</translation>
    </message>
</context>
<context>
    <name>Anchorline::Scanner</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="125"/>
        <source>unbalanced &apos;}&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation>«}» sin pareja (escriba «}}» para una llave literal)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="138"/>
        <source>unbalanced &apos;{&apos;: no closing &apos;}&apos; for this field (write &apos;{{&apos; for a literal brace)</source>
        <translation>«{» sin pareja: falta el «}» de cierre de este campo (escriba «{{» para una llave literal)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="147"/>
        <source>empty field {}: fields need a name, e.g. {company}</source>
        <translation>campo vacío {}: los campos necesitan un nombre, p. ej. {company}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="151"/>
        <source>unknown field {%1}</source>
        <translation>campo desconocido {%1}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="171"/>
        <source>bad format spec &quot;%1&quot; in field {%2}: %3</source>
        <translation>especificación de formato «%1» no válida en el campo {%2}: %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="18"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="20"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="22"/>
        <source>Countered</source>
        <translation>Contraoferta</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="24"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Session.cpp" line="67"/>
        <source>offer %1 does not exist; the session has %n offer(s)</source>
        <translation>
            <numerusform>la oferta %1 no existe; la sesión tiene %n oferta</numerusform>
            <numerusform>la oferta %1 no existe; la sesión tiene %n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="74"/>
        <source>an offer cannot be its own competing offer</source>
        <translation>una oferta no puede ser su propia oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="77"/>
        <source>%1 is outside 10 … 90</source>
        <translation>%1 está fuera de 10 … 90</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="91"/>
        <source>Offer %1</source>
        <translation>Oferta %1</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="92"/>
        <source>Offer %1 — %2</source>
        <translation>Oferta %1 — %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionDocument</name>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="49"/>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="51"/>
        <source>&amp;Open Session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="59"/>
        <source>&amp;Save Session</source>
        <translation>Guar&amp;dar sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="62"/>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="64"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="81"/>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="134"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="138"/>
        <source>Cannot Open Session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="138"/>
        <source>%1: the session has no offer to show.</source>
        <translation>%1: la sesión no contiene ninguna oferta que mostrar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="174"/>
        <source>Cannot Save Session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="195"/>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="196"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="222"/>
        <source>Anchorline sessions (*.%1)</source>
        <translation>Sesiones de Anchorline (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="221"/>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="232"/>
        <source>Revert Session</source>
        <translation>Revertir la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="233"/>
        <source>Discard your changes and reload %1 as last saved?</source>
        <translation>¿Descartar sus cambios y volver a cargar %1 tal como se guardó por última vez?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="244"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="244"/>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="265"/>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="273"/>
        <source>Recover Session</source>
        <translation>Recuperar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="281"/>
        <source>Cannot Recover Session</source>
        <translation>No se puede recuperar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="295"/>
        <source>untitled.%1</source>
        <translation>sin título.%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="300"/>
        <source>%1[*] — Anchorline</source>
        <translation>%1[*] — Anchorline</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionFile</name>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="36"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="59"/>
        <location filename="../src/core/SessionFile.cpp" line="79"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="66"/>
        <source>%1: cannot read the previous version to keep it as a backup: %2</source>
        <translation>%1: no se puede leer la versión anterior para conservarla como copia de seguridad: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="73"/>
        <source>%1: not saved, because the backup of the previous version failed: %2</source>
        <translation>%1: no se guardó porque falló la copia de seguridad de la versión anterior: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="90"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::SessionJson</name>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="21"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="23"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="25"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="27"/>
        <location filename="../src/core/SessionJson.cpp" line="77"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="29"/>
        <location filename="../src/core/SessionJson.cpp" line="183"/>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="31"/>
        <location filename="../src/core/SessionJson.cpp" line="170"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="35"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="62"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="86"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="97"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="101"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 está fuera de %2 … %3</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="114"/>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; se esperaba AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="127"/>
        <source>&quot;%1&quot; is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>«%1» no es una fecha y hora; se esperaba AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="143"/>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="158"/>
        <source>&quot;%1&quot; is not a known currency code</source>
        <translation>«%1» no es un código de moneda conocido</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="192"/>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="205"/>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="243"/>
        <source>&quot;%1&quot; is not a tone; expected warm, direct or formal</source>
        <translation>«%1» no es un tono; se esperaba warm, direct o formal</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="254"/>
        <source>&quot;%1&quot; is not a company stage; expected startup, growth, public or government-nonprofit</source>
        <translation>«%1» no es una etapa de empresa; se esperaba startup, growth, public o government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="283"/>
        <source>&quot;%1&quot; is not an outcome; expected pending, accepted, countered or declined</source>
        <translation>«%1» no es un resultado; se esperaba pending, accepted, countered o declined</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="357"/>
        <source>missing; expected &quot;Anchorline&quot;</source>
        <translation>falta; se esperaba &quot;Anchorline&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="358"/>
        <source>&quot;%1&quot; is not an Anchorline session</source>
        <translation>«%1» no es una sesión de Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="364"/>
        <source>missing; expected a number such as 1</source>
        <translation>falta; se esperaba un número como 1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="370"/>
        <source>this session was saved by a newer Anchorline (session schema %1); this version reads schema %2 and older. Update Anchorline to open it.</source>
        <translation>esta sesión se guardó con una versión más reciente de Anchorline (esquema de sesión %1); esta versión lee el esquema %2 y anteriores. Actualice Anchorline para abrirla.</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="398"/>
        <source>expected an object with the offer, found %1</source>
        <translation>se esperaba un objeto con la oferta, se encontró %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::StrategyCatalogue</name>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="63"/>
        <source>Market-anchored precise counter</source>
        <translation>Contraoferta precisa anclada en el mercado</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="64"/>
        <source>Counter at the market band&apos;s target percentile (default p75) with a moderately precise number.</source>
        <translation>Contraoferta en el percentil objetivo de la banda de mercado (por defecto p75) con una cifra moderadamente precisa.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="65"/>
        <source>The ask for base is the band&apos;s value at the target percentile, rounded to $500 ($250 under $100,000): precise enough to show research, not so precise that it looks arbitrary. The email gives the market data as the reason.</source>
        <translation>La petición de salario base es el valor de la banda en el percentil objetivo, redondeado a 500 $ (250 $ por debajo de 100.000 $): lo bastante precisa para mostrar que ha investigado, pero no tanto como para parecer arbitraria. El correo da los datos de mercado como motivo.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="68"/>
        <source>The offer&apos;s base is at or below about the 60th percentile of the market band and there is no competing offer. Works at any company stage.</source>
        <translation>El salario base de la oferta está en torno al percentil 60 de la banda de mercado o por debajo, y no hay oferta de la competencia. Sirve en empresas de cualquier etapa.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="73"/>
        <source>Bolstering range</source>
        <translation>Rango de refuerzo</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="74"/>
        <source>Ask for a narrow range that starts at the target: T to T + 5 %.</source>
        <translation>Pida un rango estrecho que empiece en el objetivo: de T a T + 5 %.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="75"/>
        <source>The range runs from the target T (the band&apos;s target percentile, rounded) to T × 1.05, rounded. Never a range that ends at the target (a &quot;backdown&quot; range).</source>
        <translation>El rango va del objetivo T (el percentil objetivo de la banda, redondeado) a T × 1,05, redondeado. Nunca un rango que termine en el objetivo (un rango «de retirada»).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="77"/>
        <source>As for the precise counter, when a softer tone suits: the counterpart is the future manager or the relationship matters.</source>
        <translation>Como la contraoferta precisa, cuando conviene un tono más suave: la otra parte es su futuro responsable o la relación importa.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="83"/>
        <source>Competing-offer match</source>
        <translation>Igualar la oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="84"/>
        <source>Ask this company to match a real, higher competing offer, component by component.</source>
        <translation>Pida a esta empresa que iguale una oferta de la competencia real y más alta, componente a componente.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="85"/>
        <source>Each component is asked at the higher of the two offers (base, sign-on, equity per year); any remaining gap in yearly total compensation goes into the sign-on bonus. Only the numbers the user entered are used: a competing offer is never invented or inflated, and a lower one is never cited.</source>
        <translation>Cada componente se pide al valor más alto de las dos ofertas (salario base, bono de incorporación, acciones anuales); cualquier diferencia restante en la retribución total anual pasa al bono de incorporación. Solo se usan las cifras introducidas: nunca se inventa ni se infla una oferta de la competencia, y nunca se menciona una más baja.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="90"/>
        <source>You hold a written competing offer whose yearly total compensation is higher than this offer&apos;s.</source>
        <translation>Tiene una oferta de la competencia por escrito cuya retribución total anual es más alta que la de esta oferta.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="95"/>
        <source>Sign-on bridge</source>
        <translation>Puente con bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="96"/>
        <source>Keep base, ask for a sign-on bonus that makes you whole or bridges the first-year gap.</source>
        <translation>Mantenga el salario base y pida un bono de incorporación que le compense o cubra la diferencia del primer año.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="97"/>
        <source>The sign-on ask is the offered sign-on plus the larger of the compensation you forfeit by leaving and the first-year gap between the target base and the offered base (rounded). Check the clawback terms.</source>
        <translation>La petición de bono de incorporación es el bono ofrecido más el mayor de estos dos importes: la compensación que pierde al irse y la diferencia del primer año entre el salario base objetivo y el ofrecido (redondeado). Revise las condiciones de devolución.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="102"/>
        <source>The employer says base is capped, or you forfeit unvested equity or a bonus by leaving.</source>
        <translation>La empresa dice que el salario base tiene un tope, o al irse pierde acciones no consolidadas o un bonus.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="106"/>
        <source>Equity and refresh lever</source>
        <translation>Palanca de acciones y renovaciones</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="107"/>
        <source>Move the cash gap into equity, and ask for a written refresh policy.</source>
        <translation>Traslade la diferencia salarial a acciones y pida por escrito la política de concesiones de renovación.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="108"/>
        <source>The equity ask per year is the offered yearly equity plus the gap between the target base and the offered base (rounded); the grant ask is that times the vesting years. Ask for the refresh policy in writing. Value options with care: not as ownership % × last valuation.</source>
        <translation>La petición anual de acciones es la cantidad anual ofrecida más la diferencia entre el salario base objetivo y el ofrecido (redondeada); la petición de concesión es esa cifra por los años de consolidación. Pida por escrito la política de renovaciones. Valore las opciones con cautela: no como % de propiedad × última valoración.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="113"/>
        <source>Growth-stage or public companies, where cash is tight but equity can move. At a startup, ask about the option count and the exercise window.</source>
        <translation>Empresas en crecimiento o cotizadas, donde el efectivo es ajustado pero las acciones pueden moverse. En una startup, pregunte por el número de opciones y el plazo de ejercicio.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="119"/>
        <source>Re-level ask</source>
        <translation>Petición de reclasificación de nivel</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="120"/>
        <source>Ask to be leveled one level up; the next level&apos;s band sets the new target.</source>
        <translation>Pida que le asignen un nivel más; la banda del nivel siguiente fija el nuevo objetivo.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="121"/>
        <source>The level ask is the next career level. With that level&apos;s band, the base ask is its value at the target percentile (rounded); without it, only the level is asked for.</source>
        <translation>La petición de nivel es el siguiente nivel profesional. Con la banda de ese nivel, la petición de salario base es su valor en el percentil objetivo (redondeado); sin ella, solo se pide el nivel.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="124"/>
        <source>Your experience maps above the offered level (the level sets the band).</source>
        <translation>Su experiencia corresponde a un nivel superior al ofrecido (el nivel determina la banda).</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="128"/>
        <source>Package menu</source>
        <translation>Menú de paquetes</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="129"/>
        <source>Offer two or three packages of equal value and let the employer choose.</source>
        <translation>Ofrezca dos o tres paquetes de igual valor y deje que la empresa elija.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="130"/>
        <source>Package A is the target base T. Package B trades half the gap to T (d, rounded) for a sign-on of 2 × d (equal value over the first two years). Package C trades d for d more equity per year.</source>
        <translation>El paquete A es el salario base objetivo T. El paquete B cambia la mitad de la diferencia con T (d, redondeada) por un bono de incorporación de 2 × d (el mismo valor en los dos primeros años). El paquete C cambia d por d más en acciones al año.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="133"/>
        <source>Several levers are in play and the employer&apos;s priorities are unclear.</source>
        <translation>Hay varias palancas en juego y las prioridades de la empresa no están claras.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="137"/>
        <source>Non-cash levers</source>
        <translation>Palancas no salariales</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="138"/>
        <source>Cash stays as offered; ask for start date, remote days, PTO and a pay review at six months.</source>
        <translation>El salario se queda como está; pida fecha de incorporación, días de teletrabajo, vacaciones y una revisión salarial a los seis meses.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="139"/>
        <source>No cash component changes. The email lists the non-cash asks in priority order: start date, remote work, paid time off, and a compensation review after six months.</source>
        <translation>No cambia ningún componente monetario. El correo enumera las peticiones no salariales por orden de prioridad: fecha de incorporación, teletrabajo, vacaciones pagadas y una revisión de la retribución a los seis meses.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="142"/>
        <source>Cash is fixed (government, non-profit, strict bands), or the cash ask has already been met.</source>
        <translation>El salario es fijo (administración pública, entidad sin ánimo de lucro, bandas estrictas), o la petición salarial ya se ha cumplido.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="146"/>
        <source>&quot;Ready to sign&quot; close</source>
        <translation>Cierre «listo para firmar»</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="147"/>
        <source>The precise counter plus a clear promise: if we get there, I&apos;m ready to sign.</source>
        <translation>La contraoferta precisa más una promesa clara: si llegamos ahí, firmo.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="148"/>
        <source>The ask is the market-anchored counter; the email closes with &quot;If we can get to X, I&apos;m ready to sign this week.&quot; Use it once, at the end, and only if you truly would accept.</source>
        <translation>La petición es la contraoferta anclada en el mercado; el correo cierra con «Si podemos llegar a X, estoy listo para firmar esta semana». Úselo una vez, al final, y solo si de verdad aceptaría.</translation>
    </message>
    <message>
        <location filename="../src/core/StrategyCatalogue.cpp" line="151"/>
        <source>You would accept the offer if the ask is met.</source>
        <translation>Aceptaría la oferta si se cumple la petición.</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateDocument</name>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="53"/>
        <source>%1:%2: section [%3] appears twice</source>
        <translation>%1:%2: la sección [%3] aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateDocument.cpp" line="64"/>
        <source>%1:%2: text before the first [section] header</source>
        <translation>%1:%2: texto antes del primer encabezado [sección]</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateLibrary</name>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="74"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="125"/>
        <source>no template &quot;%1&quot; for language &quot;%2&quot;%3</source>
        <translation>no hay plantilla «%1» para el idioma «%2»%3</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="126"/>
        <source> and tone &quot;%1&quot;</source>
        <translation> y el tono «%1»</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateRenderer</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="192"/>
        <source>%1: %2 (section [%3])</source>
        <translation>%1: %2 (sección [%3])</translation>
    </message>
</context>
<context>
    <name>Anchorline::VestingSchedule</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="40"/>
        <source>25/25/25/25, 1-year cliff, then quarterly</source>
        <translation>25/25/25/25, cliff de 1 año, después trimestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="47"/>
        <source>25/25/25/25, 1-year cliff, then monthly</source>
        <translation>25/25/25/25, cliff de 1 año, después mensual</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="54"/>
        <source>5/15/40/40 (Amazon-style): years 1 and 2 at anniversaries, then semiannual</source>
        <translation>5/15/40/40 (al estilo de Amazon): años 1 y 2 en cada aniversario, después semestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="62"/>
        <source>33/33/22/12 (Google-style): monthly, no cliff</source>
        <translation>33/33/22/12 (al estilo de Google): mensual, sin cliff</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="69"/>
        <source>40/30/20/10, 1-year cliff, then quarterly</source>
        <translation>40/30/20/10, cliff de 1 año, después trimestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="76"/>
        <source>35/30/20/15, 1-year cliff, then quarterly</source>
        <translation>35/30/20/15, cliff de 1 año, después trimestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="212"/>
        <source>give between 1 and %1 yearly percentages</source>
        <translation>indique entre 1 y %1 porcentajes anuales</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="216"/>
        <source>a yearly percentage may not be negative</source>
        <translation>un porcentaje anual no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="220"/>
        <source>the yearly percentages sum to %1 %, not 100 %</source>
        <translation>los porcentajes anuales suman %1 %, no 100 %</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="226"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>el cliff debe estar entre 0 y %1 meses</translation>
    </message>
</context>
<context>
    <name>Anchorline::WalkAwayChart</name>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="28"/>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="29"/>
        <source>Cost of leaving early</source>
        <translation>Coste de marcharse antes</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="36"/>
        <source>unvested equity forfeited</source>
        <translation>acciones no consolidadas perdidas</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="37"/>
        <source>sign-on repaid</source>
        <translation>bono de incorporación devuelto</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="38"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/WalkAwayChart.cpp" line="50"/>
        <source>Months after the start date</source>
        <translation>Meses desde la fecha de incorporación</translation>
    </message>
</context>
<context>
    <name>Anchorline::YearByYearChart</name>
    <message>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="23"/>
        <location filename="../src/widgets/charts/YearByYearChart.cpp" line="24"/>
        <source>Pay year by year</source>
        <translation>Retribución año por año</translation>
    </message>
</context>
<context>
    <name>BandModel</name>
    <message>
        <location filename="../src/core/BandModel.cpp" line="231"/>
        <source>%1 band: the occupation&apos;s pay distribution here from about its p%2 to p%3, centred on p%4; every value is an estimate.</source>
        <translation>Banda %1: la distribución salarial de la ocupación aquí, aproximadamente de p%2 a p%3, centrada en p%4; todos los valores son estimaciones.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="288"/>
        <source>BLS OEWS publishes no national %1 wages for occupation %2.</source>
        <translation>BLS OEWS no publica salarios %1 nacionales para la ocupación %2.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="294"/>
        <source>BLS OEWS publishes no national %1 percentiles for %2 (%3).</source>
        <translation>BLS OEWS no publica percentiles %1 nacionales para %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="301"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="304"/>
        <source>May %1</source>
        <translation>Mayo de %1</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="306"/>
        <source>BLS OEWS national wage percentiles, annual base pay (no bonus or stock).</source>
        <translation>Percentiles salariales nacionales de BLS OEWS, salario base anual (sin bonus ni acciones).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="310"/>
        <source>Published hourly only: annualised as hourly × 2080.</source>
        <translation>Publicado solo por horas: anualizado como salario por hora × 2080.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="314"/>
        <source>Top-coded values are lower bounds: BLS publishes pay of $239,200 or more only as “≥ $239,200”.</source>
        <translation>Los valores con tope son límites inferiores: el BLS publica los salarios de 239.200 $ o más solo como «≥ 239.200 $».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="324"/>
        <source>Unknown occupation code “%1”.</source>
        <translation>Código de ocupación desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="327"/>
        <source>Unknown area code “%1”.</source>
        <translation>Código de zona desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="333"/>
        <source>DOL OFLC publishes no wage levels for %1 (%2) in %3; try the national band (US).</source>
        <translation>DOL OFLC no publica niveles salariales para %1 (%2) en %3; pruebe con la banda nacional (US).</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="347"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; p50 is Level III. Other percentiles are estimates from a log-normal fitted to the four levels.</source>
        <translation>Salario base anual. Los niveles I–IV de OFLC son los p17, p34, p50 y p67 locales; p50 es el nivel III. Los demás percentiles son estimaciones de una distribución lognormal ajustada a los cuatro niveles.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="351"/>
        <source>Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; the local pay curve passes through them, with tails from a log-normal fitted to the four levels.</source>
        <translation>Salario base anual. Los niveles I–IV de OFLC son los p17, p34, p50 y p67 locales; la curva salarial local pasa por ellos, con colas de una distribución lognormal ajustada a los cuatro niveles.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="361"/>
        <source>Each career level is a slice of the local pay distribution for the occupation, centred on a percentile: entry on the 17th (OFLC Level I), junior on the 34th (Level II), mid-level on the 50th (Level III, the median), senior on the 67th (Level IV), staff on the 80th and principal on the 90th. A level&apos;s band runs from 8 percentiles below its centre to 8 above (for example senior: p59 to p75), so higher levels never pay less. Without a level, the band is the whole distribution (p10 to p90). Level bands are estimates: no public source publishes pay by career level.</source>
        <translation>Cada nivel profesional es una porción de la distribución salarial local de la ocupación, centrada en un percentil: inicial en el 17 (nivel I de OFLC), júnior en el 34 (nivel II), intermedio en el 50 (nivel III, la mediana), sénior en el 67 (nivel IV), staff en el 80 y principal en el 90. La banda de un nivel va de 8 percentiles por debajo de su centro a 8 por encima (por ejemplo, sénior: de p59 a p75), de modo que los niveles superiores nunca pagan menos. Sin nivel, la banda es la distribución completa (de p10 a p90). Las bandas por nivel son estimaciones: ninguna fuente pública publica salarios por nivel profesional.</translation>
    </message>
    <message>
        <location filename="../src/core/BandModel.cpp" line="376"/>
        <source>Figures are annual base pay. For a metro or non-metro area, the U.S. Department of Labor&apos;s four prevailing-wage levels (OFLC, July 2025 – June 2026, from the May 2024 OEWS survey) are the local 17th, 34th, 50th and 67th percentiles; the median is Level III as published. The other percentiles are estimated: a log-normal distribution fitted to the four levels by least squares gives the spread, and the curve passes through the published levels. For the whole United States, the BLS OEWS May 2024 national percentiles are shown as published; BLS publishes pay of $239,200 and more only as “≥ $239,200”, so such values are lower bounds.</source>
        <translation>Las cifras son salario base anual. Para un área metropolitana o no metropolitana, los cuatro niveles de salario de referencia del U.S. Department of Labor (OFLC, julio de 2025 – junio de 2026, a partir de la encuesta OEWS de mayo de 2024) son los percentiles locales 17, 34, 50 y 67; la mediana es el nivel III tal como se publica. Los demás percentiles son estimaciones: una distribución lognormal ajustada a los cuatro niveles por mínimos cuadrados da la dispersión, y la curva pasa por los niveles publicados. Para todo Estados Unidos se muestran tal como se publican los percentiles nacionales de BLS OEWS de mayo de 2024; el BLS publica los salarios de 239.200 $ o más solo como «≥ 239.200 $», así que esos valores son límites inferiores.</translation>
    </message>
</context>
<context>
    <name>BandPosition</name>
    <message>
        <location filename="../src/core/Band.cpp" line="53"/>
        <source>%1st percentile</source>
        <translation>percentil %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="55"/>
        <source>%1nd percentile</source>
        <translation>percentil %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="57"/>
        <source>%1rd percentile</source>
        <translation>percentil %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="58"/>
        <source>%1th percentile</source>
        <translation>percentil %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="84"/>
        <source>no known percentiles</source>
        <translation>sin percentiles conocidos</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="94"/>
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="126"/>
        <source>above p90</source>
        <translation>por encima de p90</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="135"/>
        <source>above %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="138"/>
        <source>%1 is ≥ %2</source>
        <translation>%1 es ≥ %2</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="142"/>
        <source>between %1 and %2 (%3)</source>
        <translation>entre %1 y %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="147"/>
        <source>at or above %1 (%2)</source>
        <translation>en %1 o por encima (%2)</translation>
    </message>
</context>
<context>
    <name>CareerLevel</name>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="30"/>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="31"/>
        <source>Entry</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="32"/>
        <source>Junior</source>
        <translation>Júnior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="33"/>
        <source>Mid-level</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="34"/>
        <source>Senior</source>
        <translation>Sénior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="35"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="36"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="29"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../ui/DataSourcesDialog.ui" line="14"/>
        <source>Data Sources</source>
        <translation>Fuentes de datos</translation>
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
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Save Email as Text…</source>
        <translation>&amp;Guardar correo como texto…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="121"/>
        <source>Save the email subject and body to a text file</source>
        <translation>Guardar el asunto y el cuerpo del correo en un archivo de texto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="124"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="132"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>&amp;Copy Email</source>
        <translation>&amp;Copiar correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="140"/>
        <source>Copy the email subject and body to the clipboard</source>
        <translation>Copiar el asunto y el cuerpo del correo al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="143"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>&amp;Open in Mail App</source>
        <translation>&amp;Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="151"/>
        <source>Open a new message with this subject and body in your mail app</source>
        <translation>Abrir un mensaje nuevo con este asunto y cuerpo en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="154"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="159"/>
        <source>&amp;Regenerate Email</source>
        <translation>&amp;Regenerar correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="162"/>
        <source>Rewrite the email from the current inputs, replacing your edits</source>
        <translation>Reescribir el correo a partir de los datos actuales, sustituyendo sus cambios</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="165"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>Go to &amp;Inputs</source>
        <translation>Ir a los &amp;datos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="173"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Market Band</source>
        <translation>&amp;Banda de mercado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>&amp;Year by Year</source>
        <translation>Año &amp;por año</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="189"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;Level Progression</source>
        <translation>Progresión por &amp;nivel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="197"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>&amp;Walk-away Cost</source>
        <translation>Coste de &amp;marcharse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Role &amp;Comparison</source>
        <translation>C&amp;omparación de puestos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="213"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>Where every number comes from, how old it is, and how estimates are made</source>
        <translation>De dónde sale cada cifra, qué antigüedad tiene y cómo se hacen las estimaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="229"/>
        <source>&amp;About Anchorline</source>
        <translation>Acerca &amp;de Anchorline</translation>
    </message>
</context>
<context>
    <name>MarketStore</name>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="382"/>
        <source>not an Anchorline market dataset (no ALMD header)</source>
        <translation>no es un conjunto de datos de mercado de Anchorline (falta la cabecera ALMD)</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="387"/>
        <source>unsupported market dataset version %1</source>
        <translation>versión %1 del conjunto de datos de mercado no compatible</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="395"/>
        <source>the market dataset&apos;s section index is damaged</source>
        <translation>el índice de secciones del conjunto de datos de mercado está dañado</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="21"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="27"/>
        <source>The negotiation strategies, best fit first. The recommended one is marked; pick another to rewrite the ask and the email.</source>
        <translation>Las estrategias de negociación, de más a menos adecuada. La recomendada está marcada; elija otra para reescribir la petición y el correo.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="61"/>
        <source>&amp;Target</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="97"/>
        <source>The market percentile the ask aims at. Above the median (50) is where asks start; 75 is the usual anchor; near 90 is ambitious.</source>
        <translation>El percentil de mercado al que apunta la petición. Las peticiones empiezan por encima de la mediana (50); 75 es el ancla habitual; cerca de 90 es ambicioso.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="104"/>
        <source>p75</source>
        <translation>p75</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="131"/>
        <source>How the email sounds: warm, direct or formal. The numbers stay the same.</source>
        <translation>Cómo suena el correo: cordial, directo o formal. Las cifras no cambian.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="148"/>
        <source>The language of the email and the phone script.</source>
        <translation>El idioma del correo y del guion telefónico.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="183"/>
        <source>Your ask</source>
        <translation>Su petición</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="236"/>
        <source>The inputs changed since you edited the email.</source>
        <translation>Los datos han cambiado desde que editó el correo.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="246"/>
        <location filename="../ui/NegotiationPanel.ui" line="478"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="249"/>
        <source>Rewrite the email from the current inputs (your edits are replaced)</source>
        <translation>Reescribir el correo a partir de los datos actuales (se sustituyen sus cambios)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="119"/>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="138"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="263"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="283"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="293"/>
        <source>The email&apos;s subject line. Your edits are kept when the inputs change.</source>
        <translation>La línea de asunto del correo. Sus cambios se conservan cuando cambian los datos.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="302"/>
        <source>The email body. Edit it freely: your edits are kept when the inputs change until you press Regenerate.</source>
        <translation>El cuerpo del correo. Edítelo libremente: sus cambios se conservan cuando cambian los datos hasta que pulse Regenerar.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="310"/>
        <source>&amp;Phone script</source>
        <translation>&amp;Guion telefónico</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="331"/>
        <source>What to say on a call about the offer, step by step.</source>
        <translation>Qué decir en una llamada sobre la oferta, paso a paso.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="339"/>
        <source>As&amp;k for time</source>
        <translation>&amp;Pedir tiempo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="357"/>
        <source>A short reply that asks for time to review the offer before you answer.</source>
        <translation>Una respuesta breve que pide tiempo para revisar la oferta antes de contestar.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="374"/>
        <source>Use as the email</source>
        <translation>Usar como correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="377"/>
        <source>Put this ask-for-time email into the email tab, to copy or send it</source>
        <translation>Llevar este correo para pedir tiempo a la pestaña del correo, para copiarlo o enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="385"/>
        <source>T&amp;ips</source>
        <translation>Conse&amp;jos</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="435"/>
        <source>Copy email</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="445"/>
        <source>Open in mail app</source>
        <translation>Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="455"/>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="458"/>
        <source>Save the subject and body to a text file (Ctrl+Shift+S)</source>
        <translation>Guardar el asunto y el cuerpo en un archivo de texto (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="438"/>
        <source>Copy the subject and body to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el asunto y el cuerpo al portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="448"/>
        <source>Start a new message in your mail app with this subject and body</source>
        <translation>Iniciar un mensaje nuevo con este asunto y cuerpo en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="481"/>
        <source>Rewrite the email from the current inputs, replacing your edits (Ctrl+R)</source>
        <translation>Reescribir el correo a partir de los datos actuales, sustituyendo sus cambios (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <location filename="../ui/OfferForm.ui" line="21"/>
        <source>Role and place</source>
        <translation>Puesto y lugar</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="30"/>
        <source>&amp;Role</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="40"/>
        <source>Job title as written in the offer. Pick a suggestion to compare with the matching government occupation data.</source>
        <translation>Título del puesto tal como figura en la oferta. Elija una sugerencia para compararlo con los datos oficiales de la ocupación correspondiente.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="47"/>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="61"/>
        <source>L&amp;ocation</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="71"/>
        <source>City, county or metro area of the job. Pick a suggestion to use that area&apos;s pay data; leave empty for the national figures.</source>
        <translation>Ciudad, condado o área metropolitana del puesto. Elija una sugerencia para usar los datos salariales de esa zona; déjelo vacío para las cifras nacionales.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="78"/>
        <source>Co&amp;mpany</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="88"/>
        <source>The employer&apos;s name, used in the email.</source>
        <translation>El nombre de la empresa, que se usa en el correo.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="95"/>
        <source>C&amp;urrency</source>
        <translation>M&amp;oneda</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="105"/>
        <source>Currency of every amount in the offer. Market bands are in US dollars.</source>
        <translation>Moneda de todos los importes de la oferta. Las bandas de mercado están en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="112"/>
        <source>&amp;Start date</source>
        <translation>&amp;Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="122"/>
        <source>First day of work. Year 1 covers the first 12 months from this date.</source>
        <translation>Primer día de trabajo. El año 1 abarca los primeros 12 meses desde esta fecha.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="128"/>
        <location filename="../ui/OfferForm.ui" line="713"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="138"/>
        <source>Base and bonus</source>
        <translation>Salario base y bonus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="147"/>
        <source>&amp;Base salary</source>
        <translation>Salario &amp;base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="161"/>
        <source>Yearly raise</source>
        <translation>Subida anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="219"/>
        <source>Fi&amp;xed bonus</source>
        <translation>Bonus f&amp;ijo</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="245"/>
        <source>Paid at start</source>
        <translation>Pagado al empezar</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="259"/>
        <source>Paid in year 2</source>
        <translation>Pagado en el año 2</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="296"/>
        <source>Repayment</source>
        <translation>Importe a devolver</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="353"/>
        <source>Yearly %</source>
        <translation>% anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="390"/>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="425"/>
        <source>Yearly grant</source>
        <translation>Concesión anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="439"/>
        <source>First in year</source>
        <translation>Primera en el año</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="465"/>
        <source>Vests over</source>
        <translation>Se consolida en</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="491"/>
        <source>Cadence</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="644"/>
        <source>Company stage</source>
        <translation>Etapa de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="664"/>
        <source>The employer says base is capped</source>
        <translation>La empresa dice que el salario base tiene tope</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="671"/>
        <source>Left behind</source>
        <translation>Lo que deja atrás</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="685"/>
        <source>Decide by</source>
        <translation>Decidir antes del</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="731"/>
        <source>Recruiter</source>
        <translation>Seleccionador/a</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="748"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="171"/>
        <source>Expected yearly raise of the base salary, compounded.</source>
        <translation>Subida anual prevista del salario base, acumulada.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="174"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="190"/>
        <source>Target bo&amp;nus</source>
        <translation>Bonus ob&amp;jetivo</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="200"/>
        <source>Target yearly bonus as a percentage of that year&apos;s base.</source>
        <translation>Bonus anual objetivo como porcentaje del salario base de ese año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="203"/>
        <location filename="../ui/OfferForm.ui" line="588"/>
        <source> % of base</source>
        <translation> % del salario base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="236"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="273"/>
        <source>&amp;Clawback</source>
        <translation>&amp;Devolución</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="283"/>
        <source>Months after each payment during which leaving means paying it back. 0 = no clawback.</source>
        <translation>Meses tras cada pago durante los cuales marcharse obliga a devolverlo. 0 = sin devolución.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="286"/>
        <location filename="../ui/OfferForm.ui" line="403"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="306"/>
        <source>How much is repaid when leaving inside the clawback period: all of it, or the share of months not yet worked.</source>
        <translation>Cuánto se devuelve al marcharse dentro del periodo de devolución: todo o la parte de los meses no trabajados.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="316"/>
        <location filename="../ui/OfferForm.ui" line="615"/>
        <source>Equity grant</source>
        <translation>Concesión de acciones</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="325"/>
        <source>&amp;Grant value</source>
        <translation>&amp;Valor de la concesión</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="339"/>
        <source>&amp;Vesting</source>
        <translation>Con&amp;solidación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="363"/>
        <source>Share vesting in each year, separated by slashes, summing to 100: 25/25/25/25 or 40/30/20/10.</source>
        <translation>Parte que se consolida cada año, separada por barras y con suma 100: 25/25/25/25 o 40/30/20/10.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="366"/>
        <source>25/25/25/25</source>
        <translation>25/25/25/25</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="373"/>
        <source>Ca&amp;dence</source>
        <translation>Periodi&amp;cidad</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="383"/>
        <source>How often shares vest within a year.</source>
        <translation>Con qué frecuencia se consolidan las acciones dentro de un año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="400"/>
        <source>Months before the first vest; everything due by then vests at the cliff.</source>
        <translation>Meses hasta la primera consolidación; todo lo devengado hasta entonces se consolida en el cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="416"/>
        <source>Refresher grants</source>
        <translation>Concesiones de renovación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="449"/>
        <source>The year of the first refresher grant.</source>
        <translation>El año de la primera concesión de renovación.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="458"/>
        <source>year </source>
        <translation>año </translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="475"/>
        <source>Each refresher vests evenly over this many years, without a cliff.</source>
        <translation>Cada renovación se consolida de forma uniforme a lo largo de estos años, sin cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="478"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="501"/>
        <source>How often refresher shares vest within a year.</source>
        <translation>Con qué frecuencia se consolidan las acciones de renovación dentro de un año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="511"/>
        <source>Competing offer (a real, written one)</source>
        <translation>Oferta de la competencia (real y por escrito)</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="520"/>
        <source>Tick to add an offer you hold from another employer; the app can then ask to match it.</source>
        <translation>Márquelo para añadir una oferta que tenga de otra empresa; la aplicación podrá pedir que la igualen.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="544"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="554"/>
        <source>The other employer. Only enter an offer you really hold in writing.</source>
        <translation>La otra empresa. Introduzca solo una oferta que tenga realmente por escrito.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="561"/>
        <source>Base salary</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="575"/>
        <source>Target bonus</source>
        <translation>Bonus objetivo</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="585"/>
        <source>The other offer&apos;s target bonus as a percentage of base.</source>
        <translation>El bonus objetivo de la otra oferta como porcentaje del salario base.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="601"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="635"/>
        <source>Your situation</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="654"/>
        <source>Startups and growth companies move equity more easily; public companies have firm bands; government and non-profits rarely move cash.</source>
        <translation>Las startups y las empresas en crecimiento mueven las acciones con más facilidad; las cotizadas tienen bandas firmes; las administraciones públicas y las entidades sin ánimo de lucro rara vez mueven el salario.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="661"/>
        <source>The employer said the base is at the top of its band. The advice then moves to sign-on and equity.</source>
        <translation>La empresa dijo que el salario base está en el máximo de su banda. Los consejos se centran entonces en el bono de incorporación y las acciones.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="697"/>
        <source>Tick when the employer gave you a date to answer by; a deadline under a week brings up the ask-for-time email.</source>
        <translation>Márquelo si la empresa le dio una fecha para responder; un plazo inferior a una semana muestra el correo para pedir tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="700"/>
        <source>by</source>
        <translation>antes del</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="716"/>
        <source>The date the employer wants an answer by.</source>
        <translation>La fecha en la que la empresa espera una respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="741"/>
        <source>The recruiter&apos;s first name, for the greeting. Leave empty for a neutral greeting.</source>
        <translation>El nombre de pila de la persona de selección, para el saludo. Déjelo vacío para un saludo neutro.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="758"/>
        <source>Your name, for the signature.</source>
        <translation>Su nombre, para la firma.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="774"/>
        <source>Input problems</source>
        <translation>Problemas en los datos</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="20"/>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchOptions.cpp" line="27"/>
        <source>%1: --search TEXT is required</source>
        <translation>%1: --search TEXTO es obligatorio</translation>
    </message>
</context>
<context>
    <name>VestingCadence</name>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="134"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="136"/>
        <source>Semiannual</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="138"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../src/core/VestingSchedule.cpp" line="140"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
</context>
</TS>
