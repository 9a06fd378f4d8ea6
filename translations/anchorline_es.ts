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
        <location filename="../src/widgets/AboutDialog.cpp" line="22"/>
        <source>Places a job offer against market pay for its role, level and place, shows it year by year, and drafts the negotiation email and phone script from documented strategies.</source>
        <translation>Sitúa una oferta de empleo frente a los salarios del mercado para su puesto, nivel y lugar, la muestra año por año y redacta el correo de negociación y el guion telefónico a partir de estrategias documentadas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="25"/>
        <source>Market data: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Help ▸ Data Sources has the details.</source>
        <translation>Datos de mercado: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET (CC BY 4.0), U.S. Bureau of Economic Analysis. Encontrará los detalles en Ayuda ▸ Fuentes de datos.</translation>
    </message>
    <message>
        <location filename="../src/widgets/AboutDialog.cpp" line="28"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Not legal or financial advice.</source>
        <translation>Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. No constituye asesoramiento jurídico ni financiero.</translation>
    </message>
</context>
<context>
    <name>Anchorline::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="32"/>
        <source>--export-report needs --pdf OUT.pdf</source>
        <translation>--export-report necesita --pdf SALIDA.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="70"/>
        <source>Evaluate a job offer against market pay and draft the negotiation email.
Everything runs locally; the app never uses the network.</source>
        <translation>Evalúe una oferta de empleo frente a los salarios del mercado y redacte el correo de negociación.
Todo se ejecuta en local; la aplicación nunca usa la red.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="76"/>
        <source>Render the main window offscreen to a PNG file and exit (with QT_QPA_PLATFORM=offscreen no display is needed).</source>
        <translation>Representar la ventana principal fuera de pantalla en un archivo PNG y salir (con QT_QPA_PLATFORM=offscreen no hace falta pantalla).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="78"/>
        <source>FILE.png</source>
        <translation>ARCHIVO.png</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="79"/>
        <source>Fill the inputs from a session or offer file.</source>
        <translation>Rellenar los datos a partir de un archivo de sesión o de oferta.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="80"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="83"/>
        <source>Window size for --screenshot (default %1x%2).</source>
        <translation>Tamaño de la ventana para --screenshot (por defecto %1x%2).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="84"/>
        <source>WxH</source>
        <translation>AxA</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="87"/>
        <source>Write the one-page offer brief of a session as a PDF (see --pdf) and exit.</source>
        <translation>Escribir el resumen de una página de la oferta de una sesión como PDF (véase --pdf) y salir.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="88"/>
        <source>SESSION</source>
        <translation>SESION</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>The PDF file --export-report writes.</source>
        <translation>El archivo PDF que escribe --export-report.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="89"/>
        <source>OUT.pdf</source>
        <translation>SALIDA.pdf</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="93"/>
        <source>Start as usual and exit as soon as the main window&apos;s first frame is on the screen (for start-up benchmarks).</source>
        <translation>Iniciar como de costumbre y salir en cuanto el primer fotograma de la ventana principal esté en pantalla (para pruebas de rendimiento del arranque).</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="96"/>
        <source>A session (.anchorline) or offer file to open.</source>
        <translation>Una sesión (.anchorline) o un archivo de oferta para abrir.</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="97"/>
        <source>[FILE]</source>
        <translation>[ARCHIVO]</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="134"/>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1500x920, not &quot;%1&quot;</source>
        <translation>--size espera ANCHOxALTO en píxeles, p. ej. 1500x920, no «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/Application.cpp" line="153"/>
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
        <location filename="../src/core/AutosaveStore.cpp" line="49"/>
        <source>%1: not a readable autosave snapshot</source>
        <translation>%1: no es una copia de autoguardado legible</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="56"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="67"/>
        <source>Recover unsaved session from %1?</source>
        <translation>¿Recuperar la sesión no guardada de %1?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="68"/>
        <source>Recover unsaved changes to %1 from %2?</source>
        <translation>¿Recuperar los cambios no guardados en %1 de %2?</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="120"/>
        <source>&quot;%1&quot; is not a document id</source>
        <translation>«%1» no es un identificador de documento</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="125"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: no se puede crear la carpeta de autoguardado</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="128"/>
        <source>%1: cannot make the autosave folder private: %2</source>
        <translation>%1: no se puede hacer privada la carpeta de autoguardado: %2</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="130"/>
        <source>%1: another running Anchorline is autosaving this document</source>
        <translation>%1: otra instancia de Anchorline está autoguardando este documento</translation>
    </message>
    <message>
        <location filename="../src/core/AutosaveStore.cpp" line="178"/>
        <source>%1: another running Anchorline has this document open</source>
        <translation>%1: otra instancia de Anchorline tiene abierto este documento</translation>
    </message>
</context>
<context>
    <name>Anchorline::Band</name>
    <message>
        <location filename="../src/core/Band.cpp" line="159"/>
        <source>1 year old</source>
        <translation>1 año de antigüedad</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="160"/>
        <source>%1 years old</source>
        <translation>%1 años de antigüedad</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="166"/>
        <source>your dataset &quot;%1&quot;: %2, %3 (%4)</source>
        <translation>su conjunto de datos «%1»: %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/Band.cpp" line="169"/>
        <source>%1, %2 (survey of %3, %4)</source>
        <translation>%1, %2 (encuesta de %3, %4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::BandResolver</name>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="120"/>
        <source>the role is empty</source>
        <translation>el puesto está vacío</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="131"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>puesto desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="141"/>
        <source>the location is empty</source>
        <translation>la ubicación está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/BandResolver.cpp" line="152"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>ubicación desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>Anchorline::BriefPrinter</name>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="41"/>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="42"/>
        <source>Print the one-page offer brief: inputs, market band, years, the ask, the email, sources</source>
        <translation>Imprimir el resumen de una página de la oferta: datos, banda de mercado, años, la petición, el correo, fuentes</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="44"/>
        <source>Print Pre&amp;view…</source>
        <translation>Vista &amp;previa de impresión…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="45"/>
        <source>See the printed offer brief before printing it</source>
        <translation>Ver el resumen de la oferta tal como se imprimirá, antes de imprimirlo</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="47"/>
        <source>&amp;Export Brief as PDF…</source>
        <translation>&amp;Exportar resumen como PDF…</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="48"/>
        <source>Save the one-page offer brief as a PDF file (readable only by you)</source>
        <translation>Guardar el resumen de una página de la oferta como archivo PDF (legible solo por usted)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="57"/>
        <source>The session has no offer to print.</source>
        <translation>La sesión no contiene ninguna oferta que imprimir.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="59"/>
        <source>Check %1 first.</source>
        <translation>Revise primero: %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="62"/>
        <source>Cannot Print the Brief</source>
        <translation>No se puede imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="88"/>
        <source>Print Offer Brief</source>
        <translation>Imprimir el resumen de la oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="90"/>
        <source>The offer brief went to %1.</source>
        <translation>El resumen de la oferta se ha enviado a %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="101"/>
        <source>Offer Brief — Print Preview</source>
        <translation>Resumen de la oferta — Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="114"/>
        <source>offer-brief.pdf</source>
        <translation>resumen-oferta.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="115"/>
        <source>%1 — offer brief.pdf</source>
        <translation>%1 — resumen de la oferta.pdf</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="116"/>
        <source>Export Brief as PDF</source>
        <translation>Exportar resumen como PDF</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="125"/>
        <source>Cannot Export the Brief</source>
        <translation>No se puede exportar el resumen</translation>
    </message>
    <message>
        <location filename="../src/widgets/BriefPrinter.cpp" line="128"/>
        <source>Offer brief saved as %1</source>
        <translation>Resumen de la oferta guardado como %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartExport</name>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="38"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="80"/>
        <source>Chart exported from Anchorline</source>
        <translation>Gráfico exportado desde Anchorline</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartExport.cpp" line="94"/>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation>%1: elija un nombre de archivo que termine en .png o .svg</translation>
    </message>
</context>
<context>
    <name>Anchorline::ChartPanel</name>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="64"/>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="145"/>
        <source>Save chart as…</source>
        <translation>Guardar gráfico como…</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="151"/>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="153"/>
        <source>Save chart as</source>
        <translation>Guardar gráfico como</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/ChartPanel.cpp" line="158"/>
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
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="99"/>
        <source>Source: %1, %2 (your imported dataset &quot;%3&quot;, %4)</source>
        <translation>Fuente: %1, %2 (su conjunto de datos importado «%3», %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="102"/>
        <source>Source: %1 %2 (%3)</source>
        <translation>Fuente: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="104"/>
        <source>Source: %1 %2 (BLS OEWS May %3 survey, %4)</source>
        <translation>Fuente: %1 %2 (encuesta BLS OEWS de mayo de %3, %4)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="110"/>
        <source>%1 estimated (modelled)</source>
        <translation>%1 estimado (modelado)</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="113"/>
        <source>%1 top-coded by the source</source>
        <translation>%1 con tope en la fuente</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="116"/>
        <source>%1 not in the dataset</source>
        <translation>%1 sin valor en el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="124"/>
        <source>Refreshers</source>
        <translation>Concesiones de renovación</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="126"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/core/ChartSeriesBuilder.cpp" line="150"/>
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
        <location filename="../src/cli/CliApplication.cpp" line="66"/>
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
        <location filename="../src/cli/CliApplication.cpp" line="71"/>
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
        <location filename="../src/cli/CliApplication.cpp" line="96"/>
        <source>anchorline-cli: unknown command &quot;%1&quot;; run anchorline-cli --help for the list
</source>
        <translation>anchorline-cli: orden desconocida «%1»; ejecute anchorline-cli --help para ver la lista
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::CompareCommand</name>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="30"/>
        <source>The offers of a session side by side</source>
        <translation>Las ofertas de una sesión, una al lado de otra</translation>
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
        <location filename="../src/cli/CompareCommand.cpp" line="53"/>
        <source>compare: unknown option &quot;%1&quot;

</source>
        <translation>compare: opción desconocida «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="58"/>
        <source>compare: expected one session file

</source>
        <translation>compare: se esperaba un único archivo de sesión

</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="113"/>
        <source>Offers side by side
</source>
        <translation>Ofertas una al lado de otra
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="114"/>
        <source>%1: offers side by side
</source>
        <translation>%1: ofertas una al lado de otra
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="116"/>
        <source>Negotiating: %1
</source>
        <translation>En negociación: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="118"/>
        <source>Competing offer: %1
</source>
        <translation>Oferta de la competencia: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="119"/>
        <source>Source: the offers in the session file; amounts in each offer&apos;s currency. Equity is valued at its
grant value, not a market price. Walk-away cost = unvested equity forfeited + sign-on to repay.
</source>
        <translation>Fuente: las ofertas del archivo de sesión; importes en la moneda de cada oferta. Las acciones se valoran a su
valor de concesión, no a un precio de mercado. Coste de marcharse = acciones no consolidadas perdidas + bono de incorporación a devolver.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CompareCommand.cpp" line="122"/>
        <source>Real terms: 4-year total / (BEA RPP %1 price parity of the offer&apos;s place / 100), in whole dollars.
</source>
        <translation>Términos reales: total a 4 años / (paridad de precios BEA RPP %1 del lugar de la oferta / 100), en dólares enteros.
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
        <location filename="../src/cli/EvaluateCommand.cpp" line="63"/>
        <source>Year-by-year pay of an offer and the cost of leaving early</source>
        <translation>Retribución año por año de una oferta y el coste de marcharse antes</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="97"/>
        <source>evaluate: unknown option &quot;%1&quot;

</source>
        <translation>evaluate: opción desconocida «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="102"/>
        <source>evaluate: expected one offer file

</source>
        <translation>evaluate: se esperaba un único archivo de oferta

</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="34"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="40"/>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="44"/>
        <source>, starting %1</source>
        <translation>, con inicio el %1</translation>
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
        <translation>Uso: anchorline-cli evaluate OFERTA.json|SESION.anchorline [--offer N] [--json]
              [--scenarios [--bear P] [--flat P] [--bull P] [--private|--public] [--discount P]]

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
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="181"/>
        <source>Refreshers</source>
        <translation>Renovaciones</translation>
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
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="187"/>
        <source>4-year average</source>
        <translation>Media a 4 años</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Leaving after</source>
        <translation>Salida tras</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Forfeited equity</source>
        <translation>Acciones perdidas</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="189"/>
        <source>Sign-on to repay</source>
        <translation>Bono de incorporación a devolver</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="192"/>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="197"/>
        <source>Walk-away cost
</source>
        <translation>Coste de marcharse
</translation>
    </message>
    <message>
        <location filename="../src/cli/EvaluateCommand.cpp" line="199"/>
        <source>Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market price.
Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.
</source>
        <translation>Fuente: el archivo de oferta; importes en %1. Las acciones se valoran a su valor de concesión, no a un precio de mercado.
El año N abarca los meses 12*(N-1)+1 a 12*N, así que una consolidación en el mes 12 cuenta en el año 1.
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::ForgetCommand</name>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="54"/>
        <source>Remove the settings, autosave snapshots and datasets Anchorline keeps</source>
        <translation>Eliminar la configuración, las copias de autoguardado y los conjuntos de datos que guarda Anchorline</translation>
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
        <translation>Uso: anchorline-cli forget [--yes] [--json]

Muestra lo que Anchorline guarda en sus directorios: su configuración (sesiones recientes, última
sesión, disposición de la ventana, idioma), las copias de autoguardado y los conjuntos de datos
importados. Con --yes, los elimina.
Los archivos de sesión que haya guardado (*.anchorline) y sus propias plantillas de correo nunca se
eliminan.

  --yes   eliminar; sin esta opción no se cambia nada
  --json  mostrar {removed, items: [{kind, path, files, bytes}], kept, errors}
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="75"/>
        <source>forget: unexpected argument &quot;%1&quot;

</source>
        <translation>forget: argumento inesperado «%1»

</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="99"/>
        <source>Anchorline keeps nothing in %1 or %2.
</source>
        <translation>Anchorline no guarda nada en %1 ni en %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Removed:
</source>
        <translation>Eliminado:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="104"/>
        <source>Anchorline keeps:
</source>
        <translation>Anchorline guarda:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="106"/>
        <source>Kept your session file %1
</source>
        <translation>Se ha conservado su archivo de sesión %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/ForgetCommand.cpp" line="109"/>
        <source>Nothing was removed; run &quot;anchorline-cli forget --yes&quot; to remove these.
</source>
        <translation>No se ha eliminado nada; ejecute «anchorline-cli forget --yes» para eliminar estos elementos.
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
    <name>Anchorline::Cli::RealTermsJson</name>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="81"/>
        <source>In real terms (%1): 4-year total %2 at 2023 US-average prices (nominal %3); amounts divided by the price parity / 100 and rounded to whole units.
</source>
        <translation>En términos reales (%1): total a 4 años %2 a precios medios de EE. UU. de 2023 (nominal %3); importes divididos entre la paridad de precios / 100 y redondeados a unidades enteras.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RealTermsJson.cpp" line="105"/>
        <source>In real terms: not available (%1).
</source>
        <translation>En términos reales: no disponible (%1).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::RelocateCommand</name>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="48"/>
        <source>What pay in one place is worth in another (cost of living)</source>
        <translation>Lo que vale un salario de un lugar en otro (coste de vida)</translation>
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
        <translation>Uso: anchorline-cli relocate --amount IMPORTE --from LUGAR --to LUGAR [--json]

Muestra lo que hace falta en el lugar de --to para igualar el poder adquisitivo de IMPORTE en el
lugar de --from: IMPORTE x paridad(to) / paridad(from), con las Regional Price Parities 2023 del BEA
(US = 100), redondeado una sola vez a dólares enteros. Las zonas sin paridad propia (áreas
metropolitanas nuevas, zonas no metropolitanas) usan la de su estado, y la salida lo indica.

  --amount IMPORTE  en dólares estadounidenses, p. ej. 180000, $180,000 o 180k
  --from LUGAR      un código de zona OFLC (41940), un código metropolitano del BEA, un estado
                    (CA, California), US o un nombre de lugar que designe una sola zona
                    («San Jose», «NYC»)
  --to LUGAR        lo mismo para el otro lugar
  --json            mostrar {amount, currency, from, to, equivalent, source, year}; from y to
                    son {code, name, parity, parity_area, basis, note}
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="75"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="78"/>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="84"/>
        <source>--amount: &quot;%1&quot; is an amount in %2, but BEA price parities compare US price levels, so they apply to amounts in US dollars only</source>
        <translation>--amount: «%1» es un importe en %2, pero las paridades de precios del BEA comparan niveles de precios de EE. UU., así que solo se aplican a importes en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="86"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="101"/>
        <source>; did you mean: %1</source>
        <translation>; quizá quiso decir: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="111"/>
        <source>--amount: %1 is too large</source>
        <translation>--amount: %1 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="126"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, paridad de precios %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="129"/>
        <source>%1 in %2
buys as much as %3 in %4.
</source>
        <translation>%1 en %2
tiene el mismo poder adquisitivo que %3 en %4.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="134"/>
        <source>Note: %1 %2.
</source>
        <translation>Nota: %1 %2.
</translation>
    </message>
    <message>
        <location filename="../src/cli/RelocateCommand.cpp" line="136"/>
        <source>Source: %1 (%2), US = 100; rounded to whole units.
</source>
        <translation>Fuente: %1 (%2), US = 100; redondeado a unidades enteras.
</translation>
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
    <name>Anchorline::Cli::StockScenarioJson</name>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="24"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="64"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="76"/>
        <source>4-year total</source>
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="81"/>
        <source>Equity under stock-price scenarios (scenarios, not forecasts)
</source>
        <translation>Acciones según escenarios de cotización (escenarios, no previsiones)
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="83"/>
        <source>Equity and refreshers vested per year if the share price changes by the same rate every
year from each grant date: vest x (1 + growth)^(months since grant / 12), rounded to whole units.
</source>
        <translation>Acciones y concesiones de renovación consolidadas por año si la cotización cambia al mismo ritmo
cada año desde cada fecha de concesión: consolidación x (1 + crecimiento)^(meses desde la concesión / 12),
redondeado a unidades enteras.
</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioJson.cpp" line="87"/>
        <source>Private company: values discounted by %1 to an expected value (--discount).
</source>
        <translation>Empresa privada: valores con un descuento del %1 para obtener un valor esperado (--discount).
</translation>
    </message>
</context>
<context>
    <name>Anchorline::Cli::StockScenarioOptions</name>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="49"/>
        <source>--private and --public exclude each other</source>
        <translation>--private y --public se excluyen mutuamente</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="65"/>
        <source>%1: missing value; expected a percentage such as -30 or 12.5</source>
        <translation>%1: falta el valor; se esperaba un porcentaje como -30 o 12.5</translation>
    </message>
    <message>
        <location filename="../src/cli/StockScenarioOptions.cpp" line="68"/>
        <source>%1: &quot;%2&quot; is not a percentage; expected a number such as -30 or 12.5</source>
        <translation>%1: «%2» no es un porcentaje; se esperaba un número como -30 o 12.5</translation>
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
        <translation>  --scenarios  añadir las acciones en escenarios anuales de cotización (bajista -30 %, estable 0 %,
               alcista +30 % al año desde cada fecha de concesión); escenarios, no previsiones
  --bear P, --flat P, --bull P  el crecimiento anual de un escenario en porcentaje (de -100 a 300);
               cada una implica --scenarios
  --private    una empresa privada: los valores de los escenarios se descuentan hasta un valor
               esperado (por defecto decide la etapa de la empresa de la sesión: startup y en
               crecimiento son privadas; un archivo de oferta cuenta como empresa cotizada)
  --public     una empresa cotizada: sin descuento
  --discount P el descuento para empresas privadas en porcentaje (por defecto 50)
</translation>
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
        <location filename="../src/core/ClientDirectory.cpp" line="37"/>
        <source>%1: cannot read this folder</source>
        <translation>%1: no se puede leer esta carpeta</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="147"/>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="184"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="186"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="188"/>
        <source>Last opened</source>
        <translation>Abierto por última vez</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="190"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="192"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/core/ClientDirectory.cpp" line="194"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>Anchorline::ClientListWindow</name>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="89"/>
        <source>No folder chosen</source>
        <translation>No se ha elegido ninguna carpeta</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="148"/>
        <source>Choose the Folder of Your Clients&apos; Sessions</source>
        <translation>Elegir la carpeta de las sesiones de sus clientes</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>New Client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="157"/>
        <source>Client &amp;name:</source>
        <translation>&amp;Nombre del cliente:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="166"/>
        <source>Choose the folder of your clients&apos; sessions first.</source>
        <translation>Elija primero la carpeta de las sesiones de sus clientes.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="170"/>
        <source>Client name: enter the client&apos;s name.</source>
        <translation>Nombre del cliente: introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="205"/>
        <source>Cannot Open Session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="269"/>
        <source>Choose the folder that holds your clients&apos; sessions (*.%1).</source>
        <translation>Elija la carpeta que contiene las sesiones de sus clientes (*.%1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/ClientListWindow.cpp" line="271"/>
        <source>No sessions in this folder yet: New Client… creates one.</source>
        <translation>Aún no hay sesiones en esta carpeta: «Nuevo cliente…» crea una.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="273"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/ClientListWindow.cpp" line="275"/>
        <source>%1 of %n client(s) match &quot;%2&quot;</source>
        <translation>
            <numerusform>Coinciden con «%2»: %1 de %n cliente</numerusform>
            <numerusform>Coinciden con «%2»: %1 de %n clientes</numerusform>
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
    <name>Anchorline::DataFolder</name>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="98"/>
        <source>Anchorline now keeps its data in %1; files from %2:</source>
        <translation>Anchorline guarda ahora sus datos en %1; archivos de %2:</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="100"/>
        <source>  moved %1</source>
        <translation>  se movió %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="102"/>
        <source>  %1 was already there (same content)</source>
        <translation>  %1 ya estaba allí (mismo contenido)</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="104"/>
        <source>  kept the older of two different copies as %1</source>
        <translation>  se conservó la más antigua de dos copias distintas como %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="106"/>
        <source>  not moved: %1</source>
        <translation>  no se movió: %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="151"/>
        <location filename="../src/core/DataFolder.cpp" line="168"/>
        <location filename="../src/core/DataFolder.cpp" line="177"/>
        <source>cannot move it to %1</source>
        <translation>no se puede mover a %1</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="158"/>
        <source>cannot remove the identical old copy</source>
        <translation>no se puede eliminar la copia antigua idéntica</translation>
    </message>
    <message>
        <location filename="../src/core/DataFolder.cpp" line="172"/>
        <source>cannot move %1 aside to %2</source>
        <translation>no se puede apartar %1 moviéndolo a %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::DataSourcesDialog</name>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="34"/>
        <source>Your imported datasets</source>
        <translation>Sus conjuntos de datos importados</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="37"/>
        <source>None. Import your own bands with &quot;anchorline-cli import FILE.csv --name NAME&quot;; they are stored in %1.</source>
        <translation>Ninguno. Importe sus propias bandas con «anchorline-cli import ARCHIVO.csv --name NOMBRE»; se guardan en %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="43"/>
        <source>Where one covers the role, level and place, its band is used instead of the built-in data and named as the source. Stored in %1.</source>
        <translation>Cuando uno cubre el puesto, el nivel y el lugar, su banda se usa en vez de los datos integrados y se cita como fuente. Se guardan en %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="88"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="47"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="48"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="49"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="56"/>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="59"/>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="65"/>
        <source>Not used: %1</source>
        <translation>No se usa: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="90"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="99"/>
        <source>What the figures measure</source>
        <translation>Qué miden las cifras</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="101"/>
        <source>Government wages (BLS OEWS) are straight-time gross pay: base wage, excluding overtime, bonuses, stock and sign-on. The market band is therefore compared with the offer&apos;s base salary, not its total compensation.</source>
        <translation>Los salarios oficiales (BLS OEWS) son la remuneración bruta por la jornada ordinaria: salario base, sin horas extra, bonus, acciones ni bono de incorporación. Por eso la banda de mercado se compara con el salario base de la oferta, no con su retribución total.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="105"/>
        <source>BLS publishes annual percentiles at or above $239,200 only as &quot;≥ $239,200&quot;. The app shows such values as lower bounds (an open arrow on the chart), never as exact figures.</source>
        <translation>El BLS publica los percentiles anuales iguales o superiores a 239.200 $ solo como «≥ 239.200 $». La aplicación muestra esos valores como límites inferiores (una flecha abierta en el gráfico), nunca como cifras exactas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="108"/>
        <source>The survey behind all government figures is May %1; pay has moved since. The status bar says how old the data is.</source>
        <translation>La encuesta en la que se basan todas las cifras oficiales es de mayo de %1; los salarios han cambiado desde entonces. La barra de estado indica la antigüedad de los datos.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="112"/>
        <source>How estimates are made</source>
        <translation>Cómo se hacen las estimaciones</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="114"/>
        <source>Career levels</source>
        <translation>Niveles profesionales</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="117"/>
        <source>Secondary sources</source>
        <translation>Fuentes secundarias</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="120"/>
        <source>Tech-industry figures for AI and software engineers (typical pay, pay by level, total compensation with stock) come from the product brief, not from government data, and are always labelled as a secondary source with their date.</source>
        <translation>Las cifras del sector tecnológico para ingenieros de IA y de software (salario típico, salario por nivel, retribución total con acciones) proceden del documento de producto, no de datos oficiales, y siempre se indican como fuente secundaria con su fecha.</translation>
    </message>
    <message>
        <location filename="../src/widgets/DataSourcesDialog.cpp" line="123"/>
        <source>Negotiation strategies cite their research (shown with each strategy and in the email&apos;s sources). Anchorline never goes on the network: all data is built in or imported by you.</source>
        <translation>Las estrategias de negociación citan sus investigaciones (se muestran con cada estrategia y en las fuentes del correo). Anchorline nunca se conecta a la red: todos los datos están integrados o los ha importado usted.</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetImporter</name>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="442"/>
        <source>… and %1 more errors</source>
        <translation>… y %1 errores más</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="467"/>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="484"/>
        <source>the file is empty: it needs a header line and rows</source>
        <translation>el archivo está vacío: necesita una línea de cabecera y filas</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="504"/>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene cabecera pero no tiene filas</translation>
    </message>
</context>
<context>
    <name>Anchorline::DatasetLibrary</name>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="28"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="68"/>
        <source>dataset name &quot;%1&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>el nombre del conjunto de datos «%1» debe tener de 1 a 64 letras, cifras, espacios, «.», «_» o «-», y empezar por una letra o una cifra</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="111"/>
        <source>a dataset named &quot;%1&quot; already exists</source>
        <translation>ya existe un conjunto de datos llamado «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="113"/>
        <source>%1: cannot create the directory</source>
        <translation>%1: no se puede crear el directorio</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="128"/>
        <source>no dataset named &quot;%1&quot;</source>
        <translation>no hay ningún conjunto de datos llamado «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetLibrary.cpp" line="134"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::EmailComposer</name>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="195"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="192"/>
        <source>about </source>
        <translation>unos </translation>
    </message>
    <message>
        <location filename="../src/core/EmailComposer.cpp" line="194"/>
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
    <name>Anchorline::EquityScenarioChart</name>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="29"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="43"/>
        <source>Equity under stock-price scenarios</source>
        <translation>Acciones según escenarios de cotización</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="44"/>
        <source>Equity vested per year under stock-price scenarios</source>
        <translation>Acciones consolidadas por año según escenarios de cotización</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="48"/>
        <source>range of the scenarios</source>
        <translation>rango de los escenarios</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="63"/>
        <source>Year of employment</source>
        <translation>Año de empleo</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/EquityScenarioChart.cpp" line="64"/>
        <source>Scenarios, not forecasts: equity and refreshers vested per year if the share price changes by the same rate every year from each grant date, vest × (1 + growth)^(months since grant ÷ 12). Grant values: your offer.</source>
        <translation>Escenarios, no previsiones: acciones y concesiones de renovación consolidadas por año si la cotización cambia al mismo ritmo cada año desde cada fecha de concesión, consolidación × (1 + crecimiento)^(meses desde la concesión ÷ 12). Valores de concesión: su oferta.</translation>
    </message>
</context>
<context>
    <name>Anchorline::ForgetDataAction</name>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="34"/>
        <source>&amp;Forget All Data…</source>
        <translation>&amp;Borrar todos los datos…</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="40"/>
        <source>Remove Anchorline&apos;s settings, autosave snapshots and imported datasets from this computer</source>
        <translation>Eliminar de este equipo la configuración, las copias de autoguardado y los conjuntos de datos importados de Anchorline</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="53"/>
        <source>Anchorline keeps no data on this computer yet.</source>
        <translation>Anchorline aún no guarda ningún dato en este equipo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="54"/>
        <source>Anchorline will remove:</source>
        <translation>Anchorline eliminará:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="57"/>
        <source>Session files you saved (*.anchorline) and your own email templates are kept. Until you quit, Anchorline will store no settings and no autosave snapshots.

Forget all data?</source>
        <translation>Se conservan los archivos de sesión que haya guardado (*.anchorline) y sus propias plantillas de correo. Hasta que salga de la aplicación, Anchorline no guardará ninguna configuración ni ninguna copia de autoguardado.

¿Borrar todos los datos?</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="59"/>
        <source>Forget All Data</source>
        <translation>Borrar todos los datos</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="69"/>
        <source>Nothing was stored, so nothing was removed.</source>
        <translation>No había nada guardado, así que no se ha eliminado nada.</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="70"/>
        <source>Removed:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="72"/>
        <source>Kept your session files:</source>
        <translation>Se han conservado sus archivos de sesión:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="74"/>
        <source>Some Data Was Not Removed</source>
        <translation>No se han eliminado algunos datos</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="75"/>
        <source>Could not remove:</source>
        <translation>No se pudo eliminar:</translation>
    </message>
    <message>
        <location filename="../src/widgets/ForgetDataAction.cpp" line="77"/>
        <source>Data Forgotten</source>
        <translation>Datos borrados</translation>
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
        <location filename="../src/core/DatasetImporter.cpp" line="229"/>
        <source>unknown column &quot;%1&quot; (the columns are %2)</source>
        <translation>columna desconocida «%1» (las columnas son %2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="235"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="240"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>falta la columna «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="243"/>
        <source>no percentile column: add at least one of p10, p25, p50, p75, p90</source>
        <translation>no hay columna de percentil: añada al menos una de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="250"/>
        <source>role is empty</source>
        <translation>el puesto está vacío</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="256"/>
        <source>role &quot;%1&quot; is not a SOC code or a known title; closest: %2</source>
        <translation>el puesto «%1» no es un código SOC ni un título conocido; lo más parecido: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="263"/>
        <source>location is empty</source>
        <translation>la ubicación está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="269"/>
        <source>location &quot;%1&quot; is not an area code, &quot;US&quot; or the name of exactly one area; closest: %2</source>
        <translation>la ubicación «%1» no es un código de zona, «US» ni el nombre de exactamente una zona; lo más parecido: %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="283"/>
        <source>%1 &quot;%2&quot; is not an amount: %3</source>
        <translation>%1 «%2» no es un importe: %3</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="291"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 es negativo (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="296"/>
        <source>%1 %2 %3 is not a plausible annual salary (allowed %4 to %5)</source>
        <translation>%1 %2 %3 no es un salario anual plausible (se admite de %4 a %5)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="320"/>
        <source>same role, location and level as line %1</source>
        <translation>mismo puesto, ubicación y nivel que la línea %1</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="338"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="359"/>
        <source>level &quot;%1&quot; is not one of entry, junior, mid, senior, staff, principal (or empty for all levels)</source>
        <translation>el nivel «%1» no es uno de entry, junior, mid, senior, staff, principal (o vacío para todos los niveles)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="372"/>
        <source>currency is empty</source>
        <translation>la moneda está vacía</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="374"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="383"/>
        <source>date &quot;%1&quot; is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>la fecha «%1» no es una fecha (use AAAA-MM-DD, AAAA-MM o AAAA)</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="385"/>
        <source>date %1 is in the future</source>
        <translation>la fecha %1 está en el futuro</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="392"/>
        <source>source is empty: say where the figures come from</source>
        <translation>la fuente está vacía: indique de dónde proceden las cifras</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="408"/>
        <source>no amount: give at least one of p10, p25, p50, p75, p90</source>
        <translation>no hay importe: indique al menos uno de p10, p25, p50, p75, p90</translation>
    </message>
    <message>
        <location filename="../src/core/DatasetImporter.cpp" line="422"/>
        <source>percentiles decrease: %1 (%2) is below %3 (%4)</source>
        <translation>los percentiles disminuyen: %1 (%2) es inferior a %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ImportedDataset</name>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="168"/>
        <source>Imported from your dataset &quot;%1&quot; (%2). Percentiles the file does not give are missing, not estimated.</source>
        <translation>Importado de su conjunto de datos «%1» (%2). Los percentiles que el archivo no incluye faltan; no se estiman.</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="230"/>
        <source>not an Anchorline dataset file</source>
        <translation>no es un archivo de conjunto de datos de Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="233"/>
        <source>dataset format version %1 is not supported (this version reads %2)</source>
        <translation>la versión %1 del formato del conjunto de datos no es compatible (esta versión lee la %2)</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="241"/>
        <source>the dataset header is damaged</source>
        <translation>la cabecera del conjunto de datos está dañada</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="246"/>
        <location filename="../src/core/ImportedDataset.cpp" line="253"/>
        <source>the dataset tables are damaged</source>
        <translation>las tablas del conjunto de datos están dañadas</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="280"/>
        <source>row %1 of the dataset is damaged</source>
        <translation>la fila %1 del conjunto de datos está dañada</translation>
    </message>
    <message>
        <location filename="../src/core/ImportedDataset.cpp" line="289"/>
        <source>the dataset should hold %1 rows but holds %2</source>
        <translation>el conjunto de datos debería contener %1 filas, pero contiene %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::InputFile</name>
    <message>
        <location filename="../src/core/InputFile.cpp" line="88"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="90"/>
        <source>%1: the file is too large (%2); files of this kind are read up to %3</source>
        <translation>%1: el archivo es demasiado grande (%2); los archivos de este tipo se leen hasta %3</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="105"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="111"/>
        <source>%1: the input is too large (more than %2 were read)</source>
        <translation>%1: la entrada es demasiado grande (se leyeron más de %2)</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="118"/>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>el archivo es texto UTF-32; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="120"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="124"/>
        <source>a NUL byte: the file is binary or UTF-16/UTF-32, not UTF-8 text; save it as UTF-8</source>
        <translation>un byte NUL: el archivo es binario o UTF-16/UTF-32, no texto UTF-8; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/InputFile.cpp" line="128"/>
        <source>byte 0x%1 is not UTF-8; save the file as UTF-8</source>
        <translation>el byte 0x%1 no es UTF-8; guarde el archivo como UTF-8</translation>
    </message>
</context>
<context>
    <name>Anchorline::LevelProgression</name>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="56"/>
        <source>%1 median base, your dataset &quot;%2&quot;</source>
        <translation>%1 salario base mediano, su conjunto de datos «%2»</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="63"/>
        <source>Solid line: median base pay by level in %1; levels it gives no median for are left out</source>
        <translation>Línea continua: salario base mediano por nivel en %1; se omiten los niveles para los que no indica mediana</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="83"/>
        <source>%1 (secondary)</source>
        <translation>%1 (secundaria)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="97"/>
        <source>%1 median base</source>
        <translation>%1 salario base mediano</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="103"/>
        <source>Dashed lines: median base pay by level, %1, %2 (level bands are modelled estimates)</source>
        <translation>Líneas discontinuas: salario base mediano por nivel, %1, %2 (las bandas por nivel son estimaciones modeladas)</translation>
    </message>
    <message>
        <location filename="../src/core/LevelProgression.cpp" line="115"/>
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
        <location filename="../src/core/LocationSearch.cpp" line="76"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>Anchorline::MainWindow</name>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="138"/>
        <source>Market band</source>
        <translation>Banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="140"/>
        <source>Year by year</source>
        <translation>Año por año</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="142"/>
        <source>By level</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="145"/>
        <source>Walk-away cost</source>
        <translation>Coste de marcharse</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="154"/>
        <source>Role comparison</source>
        <translation>Comparación de puestos</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="169"/>
        <source>Stock scenarios</source>
        <translation>Escenarios de cotización</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="170"/>
        <source>Stock &amp;Scenarios</source>
        <translation>&amp;Escenarios de cotización</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="194"/>
        <source>Cost of living</source>
        <translation>Coste de vida</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="195"/>
        <source>Cost of &amp;Living</source>
        <translation>Coste de &amp;vida</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="216"/>
        <source>&amp;Offers</source>
        <translation>&amp;Ofertas</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="221"/>
        <source>&amp;Compare Offers</source>
        <translation>&amp;Comparar ofertas</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="239"/>
        <source>Compare offers</source>
        <translation>Comparar ofertas</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="274"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="308"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="322"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="323"/>
        <source>The new language takes effect after you restart Anchorline.</source>
        <translation>El nuevo idioma se aplicará cuando reinicie Anchorline.</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="326"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="345"/>
        <source>Notes &amp; History</source>
        <translation>Notas e historial</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="351"/>
        <source>&amp;Notes &amp;&amp; History</source>
        <translation>Notas e &amp;historial</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="354"/>
        <source>Show the client&apos;s notes and the history of asks and answers</source>
        <translation>Mostrar las notas del cliente y el historial de peticiones y respuestas</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="363"/>
        <source>&amp;Clients…</source>
        <translation>C&amp;lientes…</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="366"/>
        <source>The sessions in your clients&apos; folder: search them, open one, add a client</source>
        <translation>Las sesiones de la carpeta de sus clientes: búsquelas, abra una, añada un cliente</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="573"/>
        <source>Check %1 (the charts show the last valid inputs)</source>
        <translation>Revise %1 (los gráficos muestran los últimos datos válidos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/MainWindow.cpp" line="580"/>
        <source>Compared with: %1 (%2) in %3</source>
        <translation>Comparado con: %1 (%2) en %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::MarketBandChart</name>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="48"/>
        <source>Market band</source>
        <translation>Banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="126"/>
        <source>Annual base pay</source>
        <translation>Salario base anual</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="69"/>
        <source>median (p50)</source>
        <translation>mediana (p50)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="71"/>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="73"/>
        <source>ask</source>
        <translation>petición</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="168"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="170"/>
        <source>No market band for this role and place</source>
        <translation>No hay banda de mercado para este puesto y este lugar</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="232"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="241"/>
        <source>Ask (same as the offer)</source>
        <translation>Petición (igual que la oferta)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>estimated (modelled)</source>
        <translation>estimado (modelado)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/MarketBandChart.cpp" line="265"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
</context>
<context>
    <name>Anchorline::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="131"/>
        <source>&quot;%1&quot; is another currency; this amount is in %2</source>
        <translation>«%1» es otra moneda; este importe está en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="145"/>
        <source>there is more than one minus sign</source>
        <translation>hay más de un signo menos</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="150"/>
        <location filename="../src/core/Money.cpp" line="183"/>
        <source>the currency appears more than once</source>
        <translation>la moneda aparece más de una vez</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="157"/>
        <source>&quot;%1&quot; before the number is not part of an amount; enter just the amount</source>
        <translation>«%1» delante del número no forma parte de un importe; introduzca solo el importe</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="192"/>
        <source>the minus sign goes before the number, as in -%1</source>
        <translation>el signo menos va delante del número, como en -%1</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="197"/>
        <source>enter one amount, not a range or a calculation</source>
        <translation>introduzca un solo importe, no un intervalo ni un cálculo</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="204"/>
        <source>&quot;%1&quot; is in scientific notation; write the amount in full, such as 100000 or 100k</source>
        <translation>«%1» está en notación científica; escriba el importe completo, como 100000 o 100k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="212"/>
        <source>&quot;%1&quot; inside the number is not a digit</source>
        <translation>«%1» dentro del número no es un dígito</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="214"/>
        <source>&quot;%1&quot; after the number is not part of an amount; enter just the amount</source>
        <translation>«%1» detrás del número no forma parte de un importe; introduzca solo el importe</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="237"/>
        <source>&quot;%1&quot; inside the number may only separate groups of three digits, as in %2</source>
        <translation>«%1» dentro del número solo puede separar grupos de tres dígitos, como en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="243"/>
        <source>a space inside the number may only separate groups of three digits, as in 187 500</source>
        <translation>un espacio dentro del número solo puede separar grupos de tres dígitos, como en 187 500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="390"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="406"/>
        <source>enter an amount such as 187500, 187,500 or 187.5k</source>
        <translation>introduzca un importe como 187500, 187,500 o 187.5k</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="425"/>
        <source>a negative amount takes a minus sign or parentheses, not both</source>
        <translation>un importe negativo lleva un signo menos o paréntesis, no ambos</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="463"/>
        <source>the number has more than one decimal separator &quot;%1&quot;; write at most one, as in %2</source>
        <translation>el número tiene más de un separador decimal «%1»; escriba como máximo uno, como en %2</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="485"/>
        <source>commas inside the number may only separate groups of three digits, as in 187,500</source>
        <translation>las comas dentro del número solo pueden separar grupos de tres dígitos, como en 187,500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="486"/>
        <source>periods inside the number may only separate groups of three digits, as in 187.500</source>
        <translation>los puntos dentro del número solo pueden separar grupos de tres dígitos, como en 187.500</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="500"/>
        <source>%1 amounts have no decimal places</source>
        <translation>los importes en %1 no tienen decimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="501"/>
        <source>an amount has at most %1 decimal places</source>
        <translation>un importe tiene como máximo %1 decimales</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="511"/>
        <source>amounts above %1 are not accepted</source>
        <translation>no se aceptan importes superiores a %1</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="515"/>
        <source>the amount may not be negative</source>
        <translation>el importe no puede ser negativo</translation>
    </message>
</context>
<context>
    <name>Anchorline::MoneyLineEdit</name>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="35"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/MoneyLineEdit.cpp" line="104"/>
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
        <location filename="../src/core/NegotiationEngine.cpp" line="313"/>
        <source>%1, %2 (your imported dataset &quot;%3&quot;)</source>
        <translation>%1, %2 (su conjunto de datos importado «%3»)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="324"/>
        <source>%1 (OEWS survey year %2)</source>
        <translation>%1 (año de la encuesta OEWS %2)</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationEngine.cpp" line="329"/>
        <source>Estimated values: %1</source>
        <translation>Valores estimados: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationHistoryModel</name>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="73"/>
        <source>History row %1, %2</source>
        <translation>Fila %1 del historial, %2</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="125"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="127"/>
        <source>Asked</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="129"/>
        <source>Asked amount</source>
        <translation>Importe pedido</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="131"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="133"/>
        <source>Answer amount</source>
        <translation>Importe de la respuesta</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="135"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../src/core/NegotiationHistoryModel.cpp" line="178"/>
        <source>%1: &quot;%2&quot; is not an outcome</source>
        <translation>%1: «%2» no es un resultado</translation>
    </message>
</context>
<context>
    <name>Anchorline::NegotiationPanel</name>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="45"/>
        <source>Base salary</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="47"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="49"/>
        <source>Equity per year</source>
        <translation>Acciones al año</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="51"/>
        <source>Refreshers per year</source>
        <translation>Renovaciones al año</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="161"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="212"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (recomendada)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="222"/>
        <source>%1 (needs more input)</source>
        <translation>%1 (faltan datos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="235"/>
        <source>Offered base %1: %2 of %3 pay for %4 in %5 (%6).</source>
        <translation>Salario base ofrecido %1: %2 de los salarios de %3 para %4 en %5 (%6).</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="256"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="261"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="284"/>
        <source>Blocked: </source>
        <translation>Bloqueado: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="285"/>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="379"/>
        <source>A blocking warning above must be fixed first.</source>
        <translation>Primero hay que resolver una advertencia bloqueante de arriba.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="380"/>
        <source>Copy the subject and body to the clipboard</source>
        <translation>Copiar el asunto y el cuerpo al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="382"/>
        <source>Start a new message in your mail app with this text</source>
        <translation>Iniciar un mensaje nuevo en su aplicación de correo con este texto</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="398"/>
        <source>Open in mail app</source>
        <translation>Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="399"/>
        <source>No mail app accepted the message. Use Copy email and paste it instead.</source>
        <translation>Ninguna aplicación de correo aceptó el mensaje. Use «Copiar correo» y péguelo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="405"/>
        <source>negotiation-email.txt</source>
        <translation>correo-negociacion.txt</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="412"/>
        <source>Save email as text</source>
        <translation>Guardar el correo como texto</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="407"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="417"/>
        <source>Start your ask above the median</source>
        <translation>Empiece su petición por encima de la mediana</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="418"/>
        <source>You&apos;ll rarely be offered more than you ask, so anchor high and let the employer negotiate you down.</source>
        <translation>Rara vez le ofrecerán más de lo que pida, así que ancle alto y deje que la empresa negocie a la baja.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="420"/>
        <source>Aim at the 75th percentile of the market band, not the median.</source>
        <translation>Apunte al percentil 75 de la banda de mercado, no a la mediana.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="421"/>
        <source>Use a moderately precise number ($187,500, not $190,000) with a reason.</source>
        <translation>Use una cifra moderadamente precisa (187.500 $, no 190.000 $) con un motivo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="422"/>
        <source>Raise the target percentile</source>
        <translation>Subir el percentil objetivo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="428"/>
        <source>Say &quot;market data puts this role at $X–$Y&quot;</source>
        <translation>Diga: «Los datos de mercado sitúan este puesto entre X y Y $»</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="429"/>
        <source>External benchmarks are harder to argue against than personal expectations: &quot;I was hoping for more&quot; gives the recruiter nothing to take to the hiring manager.</source>
        <translation>Es más difícil rebatir referencias externas que expectativas personales: «Esperaba algo más» no le da al seleccionador nada que llevar al responsable de contratación.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="431"/>
        <source>Name the source and its year; the email does this for you.</source>
        <translation>Cite la fuente y su año; el correo lo hace por usted.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="432"/>
        <source>Never reveal your current pay.</source>
        <translation>Nunca revele su salario actual.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="433"/>
        <source>Use the market-anchored counter</source>
        <translation>Usar la contraoferta anclada en el mercado</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="437"/>
        <source>When base is stuck, move other levers</source>
        <translation>Cuando el salario base no se mueve, mueva otras palancas</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="438"/>
        <source>Total compensation has more levers than base alone: equity and its vesting schedule, a signing bonus, accelerated refresh grants.</source>
        <translation>La retribución total tiene más palancas que el salario base: las acciones y su calendario de consolidación, un bono de incorporación, concesiones de renovación anticipadas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="440"/>
        <source>Ask for all levers in one message, in priority order.</source>
        <translation>Pida todas las palancas en un mismo mensaje, por orden de prioridad.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="441"/>
        <source>A sign-on bonus sits outside the salary band and sets no precedent.</source>
        <translation>Un bono de incorporación queda fuera de la banda salarial y no sienta precedente.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="442"/>
        <source>Add a sign-on lever</source>
        <translation>Añadir la palanca del bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="446"/>
        <source>Ask for 48 hours to review</source>
        <translation>Pida 48 horas para revisarla</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="447"/>
        <source>This creates time to counter and signals that you take the offer seriously — not that you are uncertain.</source>
        <translation>Así gana tiempo para una contraoferta y transmite que se toma la oferta en serio, no que tenga dudas.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="449"/>
        <source>Don&apos;t decide on the call; thank them and ask for the offer in writing.</source>
        <translation>No decida durante la llamada; dé las gracias y pida la oferta por escrito.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="450"/>
        <source>Ask for a specific date, especially when the deadline is under a week.</source>
        <translation>Pida una fecha concreta, sobre todo si el plazo es inferior a una semana.</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="451"/>
        <source>Insert the ask-for-time email</source>
        <translation>Insertar el correo para pedir tiempo</translation>
    </message>
    <message>
        <location filename="../src/widgets/NegotiationPanel.cpp" line="460"/>
        <source>Stronger approach:</source>
        <translation>Enfoque más sólido:</translation>
    </message>
</context>
<context>
    <name>Anchorline::NotesHistoryPanel</name>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="28"/>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="159"/>
        <source>Edit history</source>
        <translation>Editar historial</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="215"/>
        <source>Add round</source>
        <translation>Añadir ronda</translation>
    </message>
    <message>
        <location filename="../src/widgets/NotesHistoryPanel.cpp" line="230"/>
        <source>Remove round</source>
        <translation>Eliminar ronda</translation>
    </message>
</context>
<context>
    <name>Anchorline::ObjectReader</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="73"/>
        <source>unknown key; expected one of %1</source>
        <translation>clave desconocida; se esperaba una de %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="90"/>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="109"/>
        <source>expected a whole number, got %1</source>
        <translation>se esperaba un número entero, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="127"/>
        <source>a percentage such as 10 or 3.5</source>
        <translation>un porcentaje como 10 o 3.5</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="133"/>
        <source>a percentage has at most two decimal places</source>
        <translation>un porcentaje tiene como máximo dos decimales</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="151"/>
        <source>an amount such as 187500, 1234.56 or &quot;$187,500&quot;</source>
        <translation>un importe como 187500, 1234.56 o &quot;$187,500&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="178"/>
        <source>an object { ... }</source>
        <translation>un objeto { ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="189"/>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="200"/>
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
        <location filename="../src/core/OfferBriefReport.cpp" line="82"/>
        <source>Offer brief</source>
        <translation>Resumen de la oferta</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="83"/>
        <source>Offer brief — %1</source>
        <translation>Resumen de la oferta — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="114"/>
        <source>Prepared %1 with Anchorline. Current pay is private and not shown.</source>
        <translation>Preparado el %1 con Anchorline. El salario actual es privado y no se muestra.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="122"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="245"/>
        <source>Base</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="124"/>
        <source>Bonus (fixed)</source>
        <translation>Bonus (fijo)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="127"/>
        <source>Target bonus</source>
        <translation>Bonus objetivo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="129"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="246"/>
        <source>Sign-on</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="132"/>
        <source>Equity grant (%1 years)</source>
        <translation>Concesión de acciones (%1 años)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="134"/>
        <location filename="../src/core/OfferBriefReport.cpp" line="247"/>
        <source>Yearly refresher</source>
        <translation>Renovación anual</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="136"/>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="137"/>
        <source>Target percentile</source>
        <translation>Percentil objetivo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>The offer</source>
        <translation>La oferta</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="138"/>
        <source>Input</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="144"/>
        <source>Market band (base pay)</source>
        <translation>Banda de mercado (salario base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="157"/>
        <source>(estimate)</source>
        <translation>(estimación)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="161"/>
        <source>Offer base: %1. Source: %2.</source>
        <translation>Salario base de la oferta: %1. Fuente: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="179"/>
        <source>4 years</source>
        <translation>4 años</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="180"/>
        <source>Year by year (computed from the offer&apos;s terms)</source>
        <translation>Año por año (calculado a partir de las condiciones de la oferta)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="224"/>
        <source>Market percentiles: %1.</source>
        <translation>Percentiles de mercado: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="235"/>
        <source>The ask — %1</source>
        <translation>La petición — %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="242"/>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="244"/>
        <source>%1: %2 (offered %3)</source>
        <translation>%1: %2 (ofrecido %3)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="248"/>
        <source>Equity per year</source>
        <translation>Acciones al año</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="254"/>
        <source>Level: %1 (offered %2)</source>
        <translation>Nivel: %1 (ofrecido %2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="259"/>
        <source>No change to the numbers; the email asks for the levers below.</source>
        <translation>Sin cambios en las cifras; el correo pide las palancas siguientes.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="263"/>
        <source>Check: %1</source>
        <translation>Revisar: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Equity</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="181"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="226"/>
        <source>Offers side by side</source>
        <translation>Ofertas una al lado de otra</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="234"/>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>The email</source>
        <translation>El correo</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="276"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="287"/>
        <source>Year-by-year pay is computed from the offer&apos;s own terms, not from market data.</source>
        <translation>La retribución año por año se calcula a partir de las propias condiciones de la oferta, no de datos de mercado.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferBriefReport.cpp" line="288"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonChart</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="33"/>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="34"/>
        <source>Offers year by year</source>
        <translation>Ofertas año por año</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="101"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="112"/>
        <source>%1, estimated part</source>
        <translation>%1, parte estimada</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="139"/>
        <source>Computed from each offer&apos;s terms as entered. Solid: base and sign-on; hatched: the estimated part (target bonus, and equity and refreshers valued at grant).</source>
        <translation>Calculado a partir de las condiciones de cada oferta tal como se introdujeron. Liso: salario base y bono de incorporación; rayado: la parte estimada (bonus objetivo, y acciones y concesiones de renovación valoradas en el momento de la concesión).</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonChart.cpp" line="142"/>
        <source>Market percentiles in the table: %1</source>
        <translation>Percentiles de mercado en la tabla: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonModel</name>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="134"/>
        <source>This offer cannot be evaluated yet:
%1</source>
        <translation>Esta oferta aún no se puede evaluar:
%1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="143"/>
        <source>No market band for this role, level and location</source>
        <translation>No hay banda de mercado para este puesto, nivel y ubicación</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="150"/>
        <source>Base salary against the market band. Source: %1</source>
        <translation>Salario base frente a la banda de mercado. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="164"/>
        <source>No real terms: %1</source>
        <translation>No disponible en términos reales: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="171"/>
        <source>The 4-year total divided by the place&apos;s price parity / 100: what it buys at 2023 US-average prices. Source: %1</source>
        <translation>El total a 4 años dividido entre la paridad de precios del lugar / 100: lo que permite comprar a precios medios de EE. UU. de 2023. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="204"/>
        <source>Unvested equity forfeited plus sign-on repaid when leaving after 12 months</source>
        <translation>Acciones no consolidadas perdidas más el bono de incorporación devuelto al marcharse a los 12 meses</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="206"/>
        <source>Of which %1 is estimated: the target bonus, and equity and refreshers at their grant value</source>
        <translation>De ello, %1 es una estimación: el bonus objetivo, y las acciones y concesiones de renovación a su valor de concesión</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="228"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="230"/>
        <source>4-year total</source>
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="232"/>
        <source>Market percentile (base)</source>
        <translation>Percentil de mercado (salario base)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="234"/>
        <source>Walk-away cost at 12 months</source>
        <translation>Coste de marcharse a los 12 meses</translation>
    </message>
    <message>
        <location filename="../src/core/OfferComparisonModel.cpp" line="236"/>
        <source>4-year total in real terms (BEA RPP, 2023 US prices)</source>
        <translation>Total a 4 años en términos reales (BEA RPP, precios de EE. UU. de 2023)</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferComparisonView</name>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="21"/>
        <source>Offers side by side</source>
        <translation>Ofertas una al lado de otra</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/OfferComparisonView.cpp" line="23"/>
        <source>Each offer&apos;s pay year by year, its market percentile and what leaving early costs. Hover a cell for its source.</source>
        <translation>La retribución año por año de cada oferta, su percentil de mercado y lo que cuesta marcharse antes. Pase el ratón sobre una celda para ver su fuente.</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferForm</name>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="325"/>
        <source>Edit offer</source>
        <translation>Editar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="119"/>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="130"/>
        <source>Custom yearly percentages</source>
        <translation>Porcentajes anuales personalizados</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="132"/>
        <source>How the grant vests over the years. The presets are the common schedules (standard 4 years with a 1-year cliff, Amazon-style 5/15/40/40, Google-style 33/33/22/12, front-loaded ones); pick Custom to type your own.</source>
        <translation>Cómo se consolida la concesión a lo largo de los años. Los predefinidos son los calendarios habituales (estándar de 4 años con cliff de 1 año, al estilo de Amazon 5/15/40/40, al estilo de Google 33/33/22/12, calendarios con más peso al principio); elija «Personalizado» para escribir el suyo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="142"/>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="143"/>
        <source>Pro rata (months not worked)</source>
        <translation>Prorrata (meses no trabajados)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="148"/>
        <source>Base salary</source>
        <translation>Salario base</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="149"/>
        <source>Yearly base salary before tax, e.g. 187,500 or 187.5k. This is what the market band compares.</source>
        <translation>Salario base anual bruto, p. ej. 187,500 o 187.5k. Es lo que se compara con la banda de mercado.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="153"/>
        <source>Fixed bonus</source>
        <translation>Bonus fijo</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="154"/>
        <source>A fixed yearly bonus instead of the percentage; leave empty to use the target bonus %.</source>
        <translation>Un bonus anual fijo en lugar del porcentaje; déjelo vacío para usar el % de bonus objetivo.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="155"/>
        <source>Sign-on bonus paid when you start.</source>
        <translation>Bono de incorporación que se paga al empezar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="156"/>
        <source>Sign-on year 2</source>
        <translation>Bono de incorporación año 2</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="157"/>
        <source>Second sign-on payment at the start of year 2, if the bonus is split.</source>
        <translation>Segundo pago del bono de incorporación al comienzo del año 2, si el bono se divide.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="158"/>
        <source>Equity grant</source>
        <translation>Concesión de acciones</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="159"/>
        <source>Total value of the initial equity grant (RSUs) at grant, over the whole vesting period, e.g. 240k.</source>
        <translation>Valor total de la concesión inicial de acciones (RSU) en el momento de concederla, para todo el periodo de consolidación, p. ej. 240k.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="162"/>
        <source>Refresher grant</source>
        <translation>Concesión de renovación</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="163"/>
        <source>Value of the yearly refresher grant, if the company states one.</source>
        <translation>Valor de la concesión anual de renovación, si la empresa indica una.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="164"/>
        <source>Left behind</source>
        <translation>Lo que deja atrás</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="165"/>
        <source>Unvested equity and bonus you give up by leaving your current job: the basis for a make-whole sign-on ask. Never put into the email as your pay.</source>
        <translation>Acciones no consolidadas y bonus a los que renuncia al dejar su empleo actual: la base para pedir un bono de incorporación compensatorio. Nunca lo ponga en el correo como su salario.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="169"/>
        <source>e.g. Software Engineer</source>
        <translation>p. ej. Software Engineer</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="170"/>
        <source>e.g. San Jose, CA (empty: United States)</source>
        <translation>p. ej. San Jose, CA (vacío: Estados Unidos)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="171"/>
        <source>Your level for this offer. It picks the part of the local pay distribution the band shows.</source>
        <translation>Su nivel para esta oferta. Determina la parte de la distribución salarial local que muestra la banda.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="376"/>
        <source>Add offer</source>
        <translation>Añadir oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="387"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="390"/>
        <source>Duplicate offer</source>
        <translation>Duplicar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="410"/>
        <source>Remove offer</source>
        <translation>Eliminar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="427"/>
        <source>Choose competing offer</source>
        <translation>Elegir oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="446"/>
        <source>&quot;%1&quot; is not a percentage; write the yearly shares like 25/25/25/25</source>
        <translation>«%1» no es un porcentaje; escriba las partes anuales así: 25/25/25/25</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="460"/>
        <source>the cliff must be between 0 and %1 months</source>
        <translation>el cliff debe estar entre 0 y %1 meses</translation>
    </message>
    <message>
        <location filename="../src/widgets/OfferForm.cpp" line="653"/>
        <source>Vesting</source>
        <translation>Consolidación</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferJson</name>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="216"/>
        <source>unknown cadence &quot;%1&quot;; expected annual, semiannual, quarterly or monthly</source>
        <translation>periodicidad desconocida «%1»; se esperaba annual, semiannual, quarterly o monthly</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="238"/>
        <source>unknown schedule &quot;%1&quot;; expected one of %2, or an array of yearly percentages such as [25, 25, 25, 25]</source>
        <translation>calendario desconocido «%1»; se esperaba uno de %2 o una lista de porcentajes anuales como [25, 25, 25, 25]</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="262"/>
        <source>a preset name or an array of yearly percentages</source>
        <translation>un nombre de calendario predefinido o una lista de porcentajes anuales</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="272"/>
        <source>expected 0 to %1 months</source>
        <translation>se esperaban de 0 a %1 meses</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="290"/>
        <source>unknown rule &quot;%1&quot;; expected &quot;full&quot; or &quot;prorata&quot;</source>
        <translation>regla desconocida «%1»; se esperaba «full» o «prorata»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="320"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="342"/>
        <source>the file is empty; expected a JSON object { &quot;schema&quot;: 1, ... }</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON { &quot;schema&quot;: 1, ... }</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="351"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="355"/>
        <source>expected a JSON object { &quot;schema&quot;: 1, ... } at the top level</source>
        <translation>se esperaba un objeto JSON { &quot;schema&quot;: 1, ... } en el nivel superior</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="369"/>
        <source>missing; expected &quot;schema&quot;: %1</source>
        <translation>falta; se esperaba &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="373"/>
        <source>expected %1; this version of Anchorline reads offer files of schema %1</source>
        <translation>se esperaba %1; esta versión de Anchorline lee archivos de oferta con el esquema %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="383"/>
        <source>unknown level &quot;%1&quot;; expected one of entry, junior, mid, senior, staff, principal</source>
        <translation>nivel desconocido «%1»; se esperaba uno de entry, junior, mid, senior, staff, principal</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="392"/>
        <source>unknown currency &quot;%1&quot;; expected an ISO code such as USD or EUR</source>
        <translation>moneda desconocida «%1»; se esperaba un código ISO como USD o EUR</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="399"/>
        <source>expected a date as YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD, se obtuvo «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="402"/>
        <source>missing; expected the yearly base salary, e.g. 187500</source>
        <translation>falta; se esperaba el salario base anual, p. ej. 187500</translation>
    </message>
    <message>
        <location filename="../src/core/OfferJson.cpp" line="426"/>
        <source>contains the control character U+%1; expected one line of text</source>
        <translation>contiene el carácter de control U+%1; se esperaba una sola línea de texto</translation>
    </message>
</context>
<context>
    <name>Anchorline::OfferWorkspace</name>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="141"/>
        <source>No occupation matches the role &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Ninguna ocupación coincide con el puesto «%1»; elija una de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="146"/>
        <source>No wage area matches the location &quot;%1&quot;; pick one of the suggestions.</source>
        <translation>Ninguna zona salarial coincide con la ubicación «%1»; elija una de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="154"/>
        <source>No local data for %1 in %2 (%3); showing the national band.</source>
        <translation>No hay datos locales para %1 en %2 (%3); se muestra la banda nacional.</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>No market band</source>
        <translation>Sin banda de mercado</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="174"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="187"/>
        <source>%1 (%2, your dataset &quot;%3&quot;)</source>
        <translation>%1 (%2, su conjunto de datos «%3»)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/OfferWorkspace.cpp" line="189"/>
        <source>%1 (%2, BLS OEWS May %3 survey)</source>
        <translation>%1 (%2, encuesta BLS OEWS de mayo de %3)</translation>
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
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="26"/>
        <source>&amp;New Offer</source>
        <translation>&amp;Nueva oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="27"/>
        <source>Add an offer for the same role, place and base</source>
        <translation>Añadir una oferta para el mismo puesto, lugar y salario base</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="28"/>
        <source>&amp;Duplicate Offer</source>
        <translation>&amp;Duplicar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="29"/>
        <source>Add a copy of the selected offer</source>
        <translation>Añadir una copia de la oferta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="30"/>
        <source>&amp;Remove Offer</source>
        <translation>&amp;Eliminar oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="31"/>
        <source>Remove the selected offer (Edit ▸ Undo brings it back)</source>
        <translation>Eliminar la oferta seleccionada (Editar ▸ Deshacer la recupera)</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="32"/>
        <source>Re&amp;name Offer</source>
        <translation>Cam&amp;biar nombre de la oferta</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="33"/>
        <source>Edit the selected offer&apos;s label</source>
        <translation>Editar la etiqueta de la oferta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="34"/>
        <source>Ne&amp;xt Offer</source>
        <translation>Oferta &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="37"/>
        <source>&amp;Previous Offer</source>
        <translation>Oferta &amp;anterior</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="59"/>
        <source>Duplicate, remove or rename the selected offer</source>
        <translation>Duplicar, eliminar o cambiar el nombre de la oferta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="60"/>
        <source>More offer actions</source>
        <translation>Más acciones de la oferta</translation>
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
        <translation>%1: la oferta de la competencia en el correo de la oferta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="131"/>
        <source>The offers of this session. The selected offer is the one the form edits and the negotiation panel negotiates.</source>
        <translation>Las ofertas de esta sesión. La oferta seleccionada es la que edita el formulario y la que se negocia en el panel de negociación.</translation>
    </message>
    <message>
        <location filename="../src/widgets/OffersStrip.cpp" line="133"/>
        <source>Fix the problems listed under the form to switch offers</source>
        <translation>Corrija los problemas indicados bajo el formulario para cambiar de oferta</translation>
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
        <translation>usa la paridad de %1: zona no incluida en la delimitación metropolitana de 2020 del BEA</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="59"/>
        <source>uses %1&apos;s parity: non-metropolitan area (BEA has no per-state non-metro figure)</source>
        <translation>usa la paridad de %1: zona no metropolitana (el BEA no publica una cifra no metropolitana por estado)</translation>
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
        <translation>El BEA no publica paridad de precios para %1 (%2): Puerto Rico, Guam y las Islas Vírgenes no están incluidos</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="116"/>
        <source>the place is empty</source>
        <translation>el lugar está vacío</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="131"/>
        <source>unknown place &quot;%1&quot;: not an OFLC area code, BEA metro code, state or US</source>
        <translation>lugar desconocido «%1»: no es un código de zona OFLC, un código metropolitano del BEA, un estado ni US</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="145"/>
        <source>&quot;%1&quot; names more than one area; give an area code</source>
        <translation>«%1» designa más de una zona; indique un código de zona</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="146"/>
        <source>unknown place &quot;%1&quot;</source>
        <translation>lugar desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="156"/>
        <source>the offer is in %1, but BEA price parities compare US price levels, so they apply to pay in US dollars only</source>
        <translation>la oferta está en %1, pero las paridades de precios del BEA comparan niveles de precios de EE. UU., así que solo se aplican a salarios en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="162"/>
        <source>the offer has no location</source>
        <translation>la oferta no tiene ubicación</translation>
    </message>
    <message>
        <location filename="../src/core/PriceParityTable.cpp" line="167"/>
        <source>unknown location &quot;%1&quot;</source>
        <translation>ubicación desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>Anchorline::RealTermsView</name>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="57"/>
        <source>This offer in real terms</source>
        <translation>Esta oferta en términos reales</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="63"/>
        <source>As offered</source>
        <translation>Tal como se ofrece</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="65"/>
        <source>In 2023 US-average prices</source>
        <translation>A precios medios de EE. UU. de 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="68"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="69"/>
        <source>4-year total</source>
        <translation>Total a 4 años</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="86"/>
        <source>Sho&amp;w the market band in real terms (2023 US-average prices)</source>
        <translation>Mostrar la banda de mercado en términos &amp;reales (precios medios de EE. UU. de 2023)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="88"/>
        <source>Divide the band, the offer and the ask by the place&apos;s price parity, so bands of different places compare by what the pay buys</source>
        <translation>Dividir la banda, la oferta y la petición entre la paridad de precios del lugar, para que las bandas de distintos lugares se comparen por lo que permite comprar el salario</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="92"/>
        <source>Compare in another place</source>
        <translation>Comparar en otro lugar</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="95"/>
        <source>City, metro, county, state or area code</source>
        <translation>Ciudad, área metropolitana, condado, estado o código de zona</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="96"/>
        <source>The place to compare with, e.g. Austin, 12420, Texas or US</source>
        <translation>El lugar con el que comparar, p. ej. Austin, 12420, Texas o US</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="109"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="156"/>
        <source>%1 (%2, price parity %3)</source>
        <translation>%1 (%2, paridad de precios %3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="180"/>
        <source>The 4-year total of %1 in %2 buys what %3 buys at 2023 US-average prices.</source>
        <translation>El total a 4 años de %1 en %2 compra lo mismo que %3 a precios medios de EE. UU. de 2023.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="193"/>
        <source>Source: %1. Amounts divided by the parity / 100 and rounded to whole dollars; an estimate of buying power, not of taxes or housing alone. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Fuente: %1. Importes divididos entre la paridad / 100 y redondeados a dólares enteros; una estimación del poder adquisitivo, no de los impuestos ni solo de la vivienda. &lt;a href=&quot;#sources&quot;&gt;detalles&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="198"/>
        <source>No price parity for this offer: %1.</source>
        <translation>No hay paridad de precios para esta oferta: %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="199"/>
        <source>No offer yet.</source>
        <translation>Aún no hay ninguna oferta.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="204"/>
        <source>Source: %1, %2. &lt;a href=&quot;#sources&quot;&gt;details&lt;/a&gt;</source>
        <translation>Fuente: %1, %2. &lt;a href=&quot;#sources&quot;&gt;detalles&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="218"/>
        <source>Type a place to see what it takes there to match this offer.</source>
        <translation>Escriba un lugar para ver lo que hace falta allí para igualar esta oferta.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="222"/>
        <source>This offer&apos;s place has no price parity, so it cannot be compared.</source>
        <translation>El lugar de esta oferta no tiene paridad de precios, así que no se puede comparar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="231"/>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="233"/>
        <source>; did you mean: %1</source>
        <translation>; quizá quiso decir: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="247"/>
        <source>To match this offer in %1 you need a base salary of %2, %3 in year 1 and %4 over 4 years.</source>
        <translation>Para igualar esta oferta en %1 necesita un salario base de %2, %3 en el año 1 y %4 en 4 años.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="251"/>
        <source>Amounts × %1 / %2 (%3, US = 100), rounded to whole dollars.</source>
        <translation>Importes × %1 / %2 (%3, US = 100), redondeados a dólares enteros.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="257"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="273"/>
        <source>Annual base pay in 2023 US-average prices</source>
        <translation>Salario base anual a precios medios de EE. UU. de 2023</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="276"/>
        <source>In 2023 US-average prices: divided by %1 · %2</source>
        <translation>A precios medios de EE. UU. de 2023: dividido entre %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/RealTermsView.cpp" line="291"/>
        <source>In 2023 US-average prices: 4-year total %1 (%2)</source>
        <translation>A precios medios de EE. UU. de 2023: total a 4 años %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Anchorline::ReportExporter</name>
    <message>
        <location filename="../src/widgets/ReportExporter.cpp" line="125"/>
        <source>%1: the session holds no offer to report on</source>
        <translation>%1: la sesión no contiene ninguna oferta sobre la que informar</translation>
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
        <translation>Comparación de puestos</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="102"/>
        <source>Typical pay</source>
        <translation>Salario típico</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="117"/>
        <source>Early-career, mid-level and senior pay</source>
        <translation>Salario de inicio de carrera, nivel intermedio y sénior</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="120"/>
        <source>Pay progression by level</source>
        <translation>Progresión salarial por nivel</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="121"/>
        <source>Why the pay differs</source>
        <translation>Por qué difieren los salarios</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="133"/>
        <source>Skills that drive higher pay</source>
        <translation>Habilidades que elevan el salario</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="134"/>
        <source>Career paths, plateaus and transitions</source>
        <translation>Trayectorias, estancamientos y cambios de carrera</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="167"/>
        <source>A role the product brief profiles, or any occupation in the government data</source>
        <translation>Un puesto descrito en el documento de producto o cualquier ocupación de los datos oficiales</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="171"/>
        <source>Government figures are for this place; the brief&apos;s figures are not local</source>
        <translation>Las cifras oficiales son de este lugar; las del documento de producto no son locales</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="180"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="181"/>
        <source>&amp;With:</source>
        <translation>C&amp;on:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="182"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="183"/>
        <source>L&amp;evel:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="201"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="207"/>
        <source>United States (national)</source>
        <translation>Estados Unidos (nacional)</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="303"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="309"/>
        <source>Median base pay: %1</source>
        <translation>Salario base mediano: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="335"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="350"/>
        <source>Median base pay, %1: %2 &lt;small&gt;(%3; level bands are modelled)&lt;/small&gt;</source>
        <translation>Salario base mediano, %1: %2 &lt;small&gt;(%3; las bandas por nivel son modeladas)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="349"/>
        <source>No government figures for these roles here.</source>
        <translation>No hay cifras oficiales para estos puestos aquí.</translation>
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
        <translation>De sus datos importados: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="376"/>
        <source>The product brief explains the difference only between AI engineers and software engineers. For these roles Anchorline shows the government pay figures above.</source>
        <translation>El documento de producto solo explica la diferencia entre ingenieros de IA e ingenieros de software. Para estos puestos, Anchorline muestra las cifras salariales oficiales de arriba.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="387"/>
        <source>The product brief has no skills or career-path data for this role.</source>
        <translation>El documento de producto no tiene datos de habilidades ni de trayectoria para este puesto.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="408"/>
        <source>When pay growth slows:</source>
        <translation>Cuando el crecimiento salarial se frena:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/RoleComparisonView.cpp" line="409"/>
        <source>Common transitions:</source>
        <translation>Cambios habituales:</translation>
    </message>
</context>
<context>
    <name>Anchorline::RolePayTableModel</name>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="29"/>
        <source>Secondary source, %1</source>
        <translation>Fuente secundaria, %1</translation>
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
        <translation>La fuente solo publica un límite inferior para esta cifra.</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="136"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="138"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="140"/>
        <source>Typical</source>
        <translation>Típico</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="142"/>
        <source>Early-career</source>
        <translation>Inicio de carrera</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="144"/>
        <source>Mid-level</source>
        <translation>Nivel intermedio</translation>
    </message>
    <message>
        <location filename="../src/core/RolePayTableModel.cpp" line="146"/>
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
        <location filename="../src/core/TemplateRenderer.cpp" line="142"/>
        <source>unbalanced &apos;}&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation>«}» sin pareja (escriba «}}» para una llave literal)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="155"/>
        <source>unbalanced &apos;{&apos;: no closing &apos;}&apos; for this field (write &apos;{{&apos; for a literal brace)</source>
        <translation>«{» sin pareja: falta el «}» de cierre de este campo (escriba «{{» para una llave literal)</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="164"/>
        <source>empty field {}: fields need a name, e.g. {company}</source>
        <translation>campo vacío {}: los campos necesitan un nombre, p. ej. {company}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="168"/>
        <source>unknown field {%1}</source>
        <translation>campo desconocido {%1}</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="184"/>
        <source>width or precision in field {%1} is larger than %2</source>
        <translation>el ancho o la precisión del campo {%1} es mayor que %2</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="193"/>
        <source>bad format spec &quot;%1&quot; in field {%2}: %3</source>
        <translation>especificación de formato «%1» no válida en el campo {%2}: %3</translation>
    </message>
</context>
<context>
    <name>Anchorline::Session</name>
    <message>
        <location filename="../src/core/Session.cpp" line="17"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="19"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="21"/>
        <source>Countered</source>
        <translation>Contraoferta</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="23"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Session.cpp" line="66"/>
        <source>offer %1 does not exist; the session has %n offer(s)</source>
        <translation>
            <numerusform>la oferta %1 no existe; la sesión tiene %n oferta</numerusform>
            <numerusform>la oferta %1 no existe; la sesión tiene %n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="73"/>
        <source>an offer cannot be its own competing offer</source>
        <translation>una oferta no puede ser su propia oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../src/core/Session.cpp" line="76"/>
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
        <location filename="../src/widgets/SessionDocument.cpp" line="55"/>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="57"/>
        <source>&amp;Open Session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="59"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="65"/>
        <source>&amp;Save Session</source>
        <translation>Guar&amp;dar sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="68"/>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="70"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="87"/>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="150"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>Cannot Open Session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="154"/>
        <source>%1: the session has no offer to show.</source>
        <translation>%1: la sesión no contiene ninguna oferta que mostrar.</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="187"/>
        <source>Cannot Save Session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="208"/>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="209"/>
        <location filename="../src/widgets/SessionDocument.cpp" line="237"/>
        <source>Anchorline sessions (*.%1)</source>
        <translation>Sesiones de Anchorline (*.%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="236"/>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="247"/>
        <source>Revert Session</source>
        <translation>Revertir la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="248"/>
        <source>Discard your changes and reload %1 as last saved?</source>
        <translation>¿Descartar sus cambios y volver a cargar %1 tal como se guardó por última vez?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="259"/>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="280"/>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="288"/>
        <source>Recover Session</source>
        <translation>Recuperar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="296"/>
        <source>Cannot Recover Session</source>
        <translation>No se puede recuperar la sesión</translation>
    </message>
    <message>
        <location filename="../src/widgets/SessionDocument.cpp" line="310"/>
        <source>untitled.%1</source>
        <translation>sin título.%1</translation>
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
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="98"/>
        <source>%1: cannot read the previous version to keep it as a backup: %2</source>
        <translation>%1: no se puede leer la versión anterior para conservarla como copia de seguridad: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="105"/>
        <source>%1: not saved, because the backup of the previous version failed: %2</source>
        <translation>%1: no se guardó porque falló la copia de seguridad de la versión anterior: %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionFile.cpp" line="122"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="29"/>
        <location filename="../src/core/SessionJson.cpp" line="83"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="31"/>
        <location filename="../src/core/SessionJson.cpp" line="209"/>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="33"/>
        <location filename="../src/core/SessionJson.cpp" line="195"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="37"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="68"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="92"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="103"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="107"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 está fuera de %2 … %3</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="120"/>
        <source>a percentage such as -30 or 12.5</source>
        <translation>un porcentaje como -30 o 12.5</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="126"/>
        <source>%1 has more than two decimals</source>
        <translation>%1 tiene más de dos decimales</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="139"/>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; se esperaba AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="152"/>
        <source>&quot;%1&quot; is not a date and time; expected YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>«%1» no es una fecha y hora; se esperaba AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="168"/>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="183"/>
        <source>&quot;%1&quot; is not a known currency code</source>
        <translation>«%1» no es un código de moneda conocido</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="216"/>
        <source>%1 entries; a session holds at most %2</source>
        <translation>%1 entradas; una sesión contiene como máximo %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="224"/>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="237"/>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="275"/>
        <source>&quot;%1&quot; is not a tone; expected warm, direct or formal</source>
        <translation>«%1» no es un tono; se esperaba warm, direct o formal</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="286"/>
        <source>&quot;%1&quot; is not a company stage; expected startup, growth, public or government-nonprofit</source>
        <translation>«%1» no es una etapa de empresa; se esperaba startup, growth, public o government-nonprofit</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="355"/>
        <source>&quot;%1&quot; is not an outcome; expected pending, accepted, countered or declined</source>
        <translation>«%1» no es un resultado; se esperaba pending, accepted, countered o declined</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="431"/>
        <source>missing; expected &quot;Anchorline&quot;</source>
        <translation>falta; se esperaba &quot;Anchorline&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="432"/>
        <source>&quot;%1&quot; is not an Anchorline session</source>
        <translation>«%1» no es una sesión de Anchorline</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="438"/>
        <source>missing; expected a number such as 1</source>
        <translation>falta; se esperaba un número como 1</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="444"/>
        <source>this session was saved by a newer Anchorline (session schema %1); this version reads schema %2 and older. Update Anchorline to open it.</source>
        <translation>esta sesión se guardó con una versión más reciente de Anchorline (esquema de sesión %1); esta versión lee el esquema %2 y anteriores. Actualice Anchorline para abrirla.</translation>
    </message>
    <message>
        <location filename="../src/core/SessionJson.cpp" line="472"/>
        <source>expected an object with the offer, found %1</source>
        <translation>se esperaba un objeto con la oferta, se encontró %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenario</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="31"/>
        <source>Bear</source>
        <translation>Bajista</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="33"/>
        <source>Flat</source>
        <translation>Estable</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="35"/>
        <source>Bull</source>
        <translation>Alcista</translation>
    </message>
</context>
<context>
    <name>Anchorline::StockScenarioSettings</name>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="59"/>
        <source>%1 % a year is below -100 %: a share price cannot lose more than all of its value</source>
        <translation>%1 % al año es inferior a -100 %: el precio de una acción no puede perder más que todo su valor</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="63"/>
        <source>%1 % a year is above the largest growth modelled, +%2 %</source>
        <translation>%1 % al año supera el mayor crecimiento modelado, +%2 %</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="72"/>
        <source>%1 % is not a discount; expected 0 to 100 %</source>
        <translation>%1 % no es un descuento; se esperaba de 0 a 100 %</translation>
    </message>
    <message>
        <location filename="../src/core/StockScenarioSettings.cpp" line="90"/>
        <source>Private-company equity may be worth nothing: the shares may never be sold, and a sale or listing may value them below the grant price. The amounts are expected values after the discount, not promises.</source>
        <translation>Las acciones de una empresa privada pueden no valer nada: puede que nunca se vendan, y una venta o una salida a bolsa puede valorarlas por debajo del precio de concesión. Los importes son valores esperados tras el descuento, no promesas.</translation>
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
        <translation>Ba&amp;jista:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>F&amp;lat:</source>
        <translation>Estab&amp;le:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="47"/>
        <source>B&amp;ull:</source>
        <translation>Al&amp;cista:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="49"/>
        <source>Bear scenario: the yearly change of the share price, applied from each grant date to each vest. -100 % means the shares become worthless.</source>
        <translation>Escenario bajista: la variación anual del precio de la acción, aplicada desde cada fecha de concesión hasta cada consolidación. -100 % significa que las acciones pierden todo su valor.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="51"/>
        <source>Flat scenario: the yearly change of the share price; 0 % values every vest at its grant value.</source>
        <translation>Escenario estable: la variación anual del precio de la acción; 0 % valora cada consolidación a su valor de concesión.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="52"/>
        <source>Bull scenario: the yearly change of the share price, applied from each grant date to each vest.</source>
        <translation>Escenario alcista: la variación anual del precio de la acción, aplicada desde cada fecha de concesión hasta cada consolidación.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="78"/>
        <source>Private-company disc&amp;ount:</source>
        <translation>Descuento de empresa p&amp;rivada:</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="83"/>
        <source>Private shares count at (100 % - discount) of their scenario value: an expected value for shares that may never be sold. The default 50 % is a convention (the x0.5 factor of the open-source offer-compare tool), not a measured figure.</source>
        <translation>Las acciones de empresas privadas cuentan al (100 % - descuento) de su valor en el escenario: un valor esperado para acciones que quizá nunca se vendan. El 50 % por defecto es una convención (el factor x0,5 de la herramienta de código abierto offer-compare), no una cifra medida.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="163"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="168"/>
        <source>Years 1-4, equity and refreshers: %1. At grant value, as in your offer: %2.</source>
        <translation>Años 1-4, acciones y concesiones de renovación: %1. A valor de concesión, como en su oferta: %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/charts/StockScenarioView.cpp" line="173"/>
        <source>Private company (startup or growth stage): the amounts are discounted by %1 %. %2</source>
        <translation>Empresa privada (startup o en crecimiento): los importes tienen un descuento del %1 %. %2</translation>
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
        <location filename="../src/core/TemplateLibrary.cpp" line="130"/>
        <source>no template &quot;%1&quot; for language &quot;%2&quot;%3</source>
        <translation>no hay plantilla «%1» para el idioma «%2»%3</translation>
    </message>
    <message>
        <location filename="../src/core/TemplateLibrary.cpp" line="131"/>
        <source> and tone &quot;%1&quot;</source>
        <translation> y el tono «%1»</translation>
    </message>
</context>
<context>
    <name>Anchorline::TemplateRenderer</name>
    <message>
        <location filename="../src/core/TemplateRenderer.cpp" line="214"/>
        <source>%1: %2 (section [%3])</source>
        <translation>%1: %2 (sección [%3])</translation>
    </message>
</context>
<context>
    <name>Anchorline::UserDataEraser</name>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="120"/>
        <source>%1: cannot remove: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="155"/>
        <source>Settings (recent sessions, last session, window layout, language)</source>
        <translation>Configuración (sesiones recientes, última sesión, disposición de la ventana, idioma)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="157"/>
        <source>Autosave snapshots (crash recovery)</source>
        <translation>Copias de autoguardado (recuperación tras un fallo)</translation>
    </message>
    <message>
        <location filename="../src/core/UserDataEraser.cpp" line="159"/>
        <source>Imported datasets</source>
        <translation>Conjuntos de datos importados</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/UserDataEraser.cpp" line="167"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n archivo, %1</numerusform>
            <numerusform>%n archivos, %1</numerusform>
        </translation>
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
        <location filename="../src/core/CareerLevel.cpp" line="38"/>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="40"/>
        <source>Entry</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="42"/>
        <source>Junior</source>
        <translation>Júnior</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="44"/>
        <source>Mid-level</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../src/core/CareerLevel.cpp" line="46"/>
        <source>Senior</source>
        <translation>Sénior</translation>
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
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>ClientListWindow</name>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="14"/>
        <source>Clients — Anchorline</source>
        <translation>Clientes — Anchorline</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="22"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="39"/>
        <source>C&amp;hoose Folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="42"/>
        <source>The folder that holds your clients&apos; session files (*.anchorline)</source>
        <translation>La carpeta que contiene los archivos de sesión de sus clientes (*.anchorline)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="53"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="63"/>
        <source>Filters by client name and notes as you type (Ctrl+F); accents and case do not matter. Down moves into the list, Enter opens the selected client.</source>
        <translation>Filtra por nombre de cliente y notas mientras escribe (Ctrl+F); no importan los acentos ni las mayúsculas. Flecha abajo pasa a la lista; Intro abre el cliente seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="66"/>
        <source>Client name or words from the notes</source>
        <translation>Nombre del cliente o palabras de las notas</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="78"/>
        <source>Enter or double-click opens the client&apos;s session in the main window</source>
        <translation>Intro o doble clic abre la sesión del cliente en la ventana principal</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="118"/>
        <source>&amp;New Client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="121"/>
        <source>Create a session file for a new client in this folder and open it</source>
        <translation>Crear un archivo de sesión para un cliente nuevo en esta carpeta y abrirlo</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="128"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="131"/>
        <source>Read the folder again (F5)</source>
        <translation>Volver a leer la carpeta (F5)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="145"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="148"/>
        <source>Open the selected client&apos;s session in the main window (Enter)</source>
        <translation>Abrir la sesión del cliente seleccionado en la ventana principal (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/ClientListWindow.ui" line="155"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
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
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="125"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Save Email as Text…</source>
        <translation>&amp;Guardar correo como texto…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="142"/>
        <source>Save the email subject and body to a text file</source>
        <translation>Guardar el asunto y el cuerpo del correo en un archivo de texto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="158"/>
        <source>&amp;Copy Email</source>
        <translation>&amp;Copiar correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="161"/>
        <source>Copy the email subject and body to the clipboard</source>
        <translation>Copiar el asunto y el cuerpo del correo al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="164"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="169"/>
        <source>&amp;Open in Mail App</source>
        <translation>&amp;Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Open a new message with this subject and body in your mail app</source>
        <translation>Abrir un mensaje nuevo con este asunto y cuerpo en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="180"/>
        <source>&amp;Regenerate Email</source>
        <translation>&amp;Regenerar correo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Rewrite the email from the current inputs, replacing your edits</source>
        <translation>Reescribir el correo a partir de los datos actuales, sustituyendo sus cambios</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Go to &amp;Inputs</source>
        <translation>Ir a los &amp;datos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>&amp;Market Band</source>
        <translation>&amp;Banda de mercado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>&amp;Year by Year</source>
        <translation>Año &amp;por año</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>&amp;Level Progression</source>
        <translation>Progresión por &amp;nivel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="223"/>
        <source>&amp;Walk-away Cost</source>
        <translation>Coste de &amp;marcharse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="226"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="231"/>
        <source>Role &amp;Comparison</source>
        <translation>C&amp;omparación de puestos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="234"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="239"/>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <source>Where every number comes from, how old it is, and how estimates are made</source>
        <translation>De dónde sale cada cifra, qué antigüedad tiene y cómo se hacen las estimaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="245"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="250"/>
        <source>&amp;About Anchorline</source>
        <translation>Acerca &amp;de Anchorline</translation>
    </message>
</context>
<context>
    <name>MarketStore</name>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="399"/>
        <source>not an Anchorline market dataset (no ALMD header)</source>
        <translation>no es un conjunto de datos de mercado de Anchorline (falta la cabecera ALMD)</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="404"/>
        <source>unsupported market dataset version %1</source>
        <translation>versión %1 del conjunto de datos de mercado no compatible</translation>
    </message>
    <message>
        <location filename="../src/core/MarketStore.cpp" line="412"/>
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
        <location filename="../ui/NegotiationPanel.ui" line="206"/>
        <source>Your ask</source>
        <translation>Su petición</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="259"/>
        <source>The inputs changed since you edited the email.</source>
        <translation>Los datos han cambiado desde que editó el correo.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="269"/>
        <location filename="../ui/NegotiationPanel.ui" line="501"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="272"/>
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
        <location filename="../ui/NegotiationPanel.ui" line="157"/>
        <source>Competing offer</source>
        <translation>Oferta de la competencia</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="167"/>
        <source>Another offer of this session that you hold in writing: the competing-offer strategy can then ask to match it. Add offers with Offers ▸ New Offer.</source>
        <translation>Otra oferta de esta sesión que tenga por escrito: la estrategia de oferta de la competencia podrá pedir que la igualen. Añada ofertas con Ofertas ▸ Nueva oferta.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="286"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="306"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="316"/>
        <source>The email&apos;s subject line. Your edits are kept when the inputs change.</source>
        <translation>La línea de asunto del correo. Sus cambios se conservan cuando cambian los datos.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="325"/>
        <source>The email body. Edit it freely: your edits are kept when the inputs change until you press Regenerate.</source>
        <translation>El cuerpo del correo. Edítelo libremente: sus cambios se conservan cuando cambian los datos hasta que pulse Regenerar.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="333"/>
        <source>&amp;Phone script</source>
        <translation>&amp;Guion telefónico</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="354"/>
        <source>What to say on a call about the offer, step by step.</source>
        <translation>Qué decir en una llamada sobre la oferta, paso a paso.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="362"/>
        <source>As&amp;k for time</source>
        <translation>&amp;Pedir tiempo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="380"/>
        <source>A short reply that asks for time to review the offer before you answer.</source>
        <translation>Una respuesta breve que pide tiempo para revisar la oferta antes de contestar.</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="397"/>
        <source>Use as the email</source>
        <translation>Usar como correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="400"/>
        <source>Put this ask-for-time email into the email tab, to copy or send it</source>
        <translation>Llevar este correo para pedir tiempo a la pestaña del correo, para copiarlo o enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="408"/>
        <source>T&amp;ips</source>
        <translation>Conse&amp;jos</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="458"/>
        <source>Copy email</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="468"/>
        <source>Open in mail app</source>
        <translation>Abrir en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="478"/>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="481"/>
        <source>Save the subject and body to a text file (Ctrl+Shift+S)</source>
        <translation>Guardar el asunto y el cuerpo en un archivo de texto (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="461"/>
        <source>Copy the subject and body to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el asunto y el cuerpo al portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="471"/>
        <source>Start a new message in your mail app with this subject and body</source>
        <translation>Iniciar un mensaje nuevo con este asunto y cuerpo en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/NegotiationPanel.ui" line="504"/>
        <source>Rewrite the email from the current inputs, replacing your edits (Ctrl+R)</source>
        <translation>Reescribir el correo a partir de los datos actuales, sustituyendo sus cambios (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>NotesHistoryPanel</name>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="19"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="29"/>
        <source>Notes about this client: saved in the session file, searchable in the client list</source>
        <translation>Notas sobre este cliente: se guardan en el archivo de sesión y se pueden buscar en la lista de clientes</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="35"/>
        <source>Background, priorities, what to ask next…</source>
        <translation>Antecedentes, prioridades, qué pedir a continuación…</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="46"/>
        <source>Hist&amp;ory of asks and answers:</source>
        <translation>&amp;Historial de peticiones y respuestas:</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="56"/>
        <source>One row per round: what was asked, what the company answered and the outcome. F2 or typing edits a cell.</source>
        <translation>Una fila por ronda: qué se pidió, qué respondió la empresa y el resultado. F2 o empezar a escribir edita una celda.</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="87"/>
        <source>Add Ro&amp;und</source>
        <translation>Añadir &amp;ronda</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="90"/>
        <source>Add a round dated today and start editing what was asked</source>
        <translation>Añadir una ronda con la fecha de hoy y empezar a editar lo que se pidió</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="97"/>
        <source>Remove Roun&amp;d</source>
        <translation>E&amp;liminar ronda</translation>
    </message>
    <message>
        <location filename="../ui/NotesHistoryPanel.ui" line="100"/>
        <source>Remove the selected round (Edit ▸ Undo brings it back)</source>
        <translation>Eliminar la ronda seleccionada (Editar ▸ Deshacer la recupera)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <location filename="../ui/OfferForm.ui" line="45"/>
        <source>Role and place</source>
        <translation>Puesto y lugar</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="64"/>
        <source>Job title as written in the offer. Pick a suggestion to compare with the matching government occupation data.</source>
        <translation>Título del puesto tal como figura en la oferta. Elija una sugerencia para compararlo con los datos oficiales de la ocupación correspondiente.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="71"/>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="85"/>
        <source>L&amp;ocation</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="95"/>
        <source>City, county or metro area of the job. Pick a suggestion to use that area&apos;s pay data; leave empty for the national figures.</source>
        <translation>Ciudad, condado o área metropolitana del puesto. Elija una sugerencia para usar los datos salariales de esa zona; déjelo vacío para las cifras nacionales.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="102"/>
        <source>Co&amp;mpany</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="112"/>
        <source>The employer&apos;s name, used in the email.</source>
        <translation>El nombre de la empresa, que se usa en el correo.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="119"/>
        <source>C&amp;urrency</source>
        <translation>M&amp;oneda</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="129"/>
        <source>Currency of every amount in the offer. Market bands are in US dollars.</source>
        <translation>Moneda de todos los importes de la oferta. Las bandas de mercado están en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="136"/>
        <source>&amp;Start date</source>
        <translation>&amp;Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="146"/>
        <source>First day of work. Year 1 covers the first 12 months from this date.</source>
        <translation>Primer día de trabajo. El año 1 abarca los primeros 12 meses desde esta fecha.</translation>
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
        <translation>Salario base y bonus</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="171"/>
        <source>&amp;Base salary</source>
        <translation>Salario &amp;base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="185"/>
        <source>Yearly raise</source>
        <translation>Subida anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="243"/>
        <source>Fi&amp;xed bonus</source>
        <translation>Bonus f&amp;ijo</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="269"/>
        <source>Paid at start</source>
        <translation>Pagado al empezar</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="283"/>
        <source>Paid in year 2</source>
        <translation>Pagado en el año 2</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="320"/>
        <source>Repayment</source>
        <translation>Importe a devolver</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="377"/>
        <source>Yearly %</source>
        <translation>% anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="414"/>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="449"/>
        <source>Yearly grant</source>
        <translation>Concesión anual</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="463"/>
        <source>First in year</source>
        <translation>Primera en el año</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="489"/>
        <source>Vests over</source>
        <translation>Se consolida en</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="515"/>
        <source>Cadence</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="544"/>
        <source>Company stage</source>
        <translation>Etapa de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="564"/>
        <source>The employer says base is capped</source>
        <translation>La empresa dice que el salario base tiene tope</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="571"/>
        <source>Left behind</source>
        <translation>Lo que deja atrás</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="585"/>
        <source>Decide by</source>
        <translation>Decidir antes del</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="631"/>
        <source>Recruiter</source>
        <translation>Seleccionador/a</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="648"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="195"/>
        <source>Expected yearly raise of the base salary, compounded.</source>
        <translation>Subida anual prevista del salario base, acumulada.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="26"/>
        <source>Lab&amp;el</source>
        <translation>Eti&amp;queta</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="36"/>
        <source>The offer&apos;s name in the offers strip, the comparison and the report. Leave empty for &quot;Offer N — Company&quot;.</source>
        <translation>El nombre de la oferta en la barra de ofertas, la comparación y el informe. Déjelo vacío para «Oferta N — Empresa».</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="198"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="214"/>
        <source>Target bo&amp;nus</source>
        <translation>Bonus ob&amp;jetivo</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="224"/>
        <source>Target yearly bonus as a percentage of that year&apos;s base.</source>
        <translation>Bonus anual objetivo como porcentaje del salario base de ese año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="227"/>
        <source> % of base</source>
        <translation> % del salario base</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="260"/>
        <source>Sign-on bonus</source>
        <translation>Bono de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="297"/>
        <source>&amp;Clawback</source>
        <translation>&amp;Devolución</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="307"/>
        <source>Months after each payment during which leaving means paying it back. 0 = no clawback.</source>
        <translation>Meses tras cada pago durante los cuales marcharse obliga a devolverlo. 0 = sin devolución.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="310"/>
        <location filename="../ui/OfferForm.ui" line="427"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="330"/>
        <source>How much is repaid when leaving inside the clawback period: all of it, or the share of months not yet worked.</source>
        <translation>Cuánto se devuelve al marcharse dentro del periodo de devolución: todo o la parte de los meses no trabajados.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="340"/>
        <source>Equity grant</source>
        <translation>Concesión de acciones</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="349"/>
        <source>&amp;Grant value</source>
        <translation>&amp;Valor de la concesión</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="363"/>
        <source>&amp;Vesting</source>
        <translation>Con&amp;solidación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="387"/>
        <source>Share vesting in each year, separated by slashes, summing to 100: 25/25/25/25 or 40/30/20/10.</source>
        <translation>Parte que se consolida cada año, separada por barras y con suma 100: 25/25/25/25 o 40/30/20/10.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="390"/>
        <source>25/25/25/25</source>
        <translation>25/25/25/25</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="397"/>
        <source>Ca&amp;dence</source>
        <translation>Periodi&amp;cidad</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="407"/>
        <source>How often shares vest within a year.</source>
        <translation>Con qué frecuencia se consolidan las acciones dentro de un año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="424"/>
        <source>Months before the first vest; everything due by then vests at the cliff.</source>
        <translation>Meses hasta la primera consolidación; todo lo devengado hasta entonces se consolida en el cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="440"/>
        <source>Refresher grants</source>
        <translation>Concesiones de renovación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="473"/>
        <source>The year of the first refresher grant.</source>
        <translation>El año de la primera concesión de renovación.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="482"/>
        <source>year </source>
        <translation>año </translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="499"/>
        <source>Each refresher vests evenly over this many years, without a cliff.</source>
        <translation>Cada renovación se consolida de forma uniforme a lo largo de estos años, sin cliff.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="502"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="525"/>
        <source>How often refresher shares vest within a year.</source>
        <translation>Con qué frecuencia se consolidan las acciones de renovación dentro de un año.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="535"/>
        <source>Your situation</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="554"/>
        <source>Startups and growth companies move equity more easily; public companies have firm bands; government and non-profits rarely move cash.</source>
        <translation>Las startups y las empresas en crecimiento mueven las acciones con más facilidad; las cotizadas tienen bandas firmes; las administraciones públicas y las entidades sin ánimo de lucro rara vez mueven el salario.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="561"/>
        <source>The employer said the base is at the top of its band. The advice then moves to sign-on and equity.</source>
        <translation>La empresa dijo que el salario base está en el máximo de su banda. Los consejos se centran entonces en el bono de incorporación y las acciones.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="597"/>
        <source>Tick when the employer gave you a date to answer by; a deadline under a week brings up the ask-for-time email.</source>
        <translation>Márquelo si la empresa le dio una fecha para responder; un plazo inferior a una semana muestra el correo para pedir tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="600"/>
        <source>by</source>
        <translation>antes del</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="616"/>
        <source>The date the employer wants an answer by.</source>
        <translation>La fecha en la que la empresa espera una respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="641"/>
        <source>The recruiter&apos;s first name, for the greeting. Leave empty for a neutral greeting.</source>
        <translation>El nombre de pila de la persona de selección, para el saludo. Déjelo vacío para un saludo neutro.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="658"/>
        <source>Your name, for the signature.</source>
        <translation>Su nombre, para la firma.</translation>
    </message>
    <message>
        <location filename="../ui/OfferForm.ui" line="674"/>
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
