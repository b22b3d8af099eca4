<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>Column</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="14" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="15" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="16" />
            <source>Alloc.</source>
            <translation>Zuget.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="17" />
            <source>Units allocated (the sum of the ledger)</source>
            <translation>Zugeteilte Fahrzeuge (Summe des Kontingentbuchs)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="18" />
            <source>Assigned</source>
            <translation>Vergeben</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="19" />
            <source>Units held by assigned, ordered or delivered entries</source>
            <translation>Fahrzeuge für vergebene, bestellte oder ausgelieferte Einträge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="20" />
            <source>Free</source>
            <translation>Frei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="21" />
            <source>Units not yet assigned</source>
            <translation>Noch nicht vergebene Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="22" />
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="23" />
            <source>Customers waiting</source>
            <translation>Wartende Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="24" />
            <source>Covered</source>
            <translation>Gedeckt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="25" />
            <source>Waiting customers a unit is there for</source>
            <translation>Wartende Kunden, für die ein Fahrzeug da ist</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="26" />
            <source>Pending</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="27" />
            <source>Waiting customers with no unit yet; more may come</source>
            <translation>Wartende Kunden ohne Fahrzeug; es können noch welche kommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="28" />
            <source>Unserv.</source>
            <translation>Nicht bedienb.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="29" />
            <source>Waiting customers who cannot be served</source>
            <translation>Wartende Kunden, die nicht bedient werden können</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="30" />
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="31" />
            <source>Letters owed: unservable customers not yet told, and corrections owed</source>
            <translation>Offene Briefe: noch nicht benachrichtigte Kunden ohne Fahrzeug und fällige Korrekturen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="34" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="35" />
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="36" />
            <source>The market's national share of the program</source>
            <translation>Der Anteil des Marktes am Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="37" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="38" />
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="39" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="40" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="41" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="42" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="43" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="44" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="45" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="46" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="47" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="48" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="49" />
            <source>Sender</source>
            <translation>Absender</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="50" />
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="51" />
            <source>Memo</source>
            <translation>Mitteilung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="52" />
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="53" />
            <source>Directives</source>
            <translation>Anweisungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="54" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="55" />
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="56" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="57" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="58" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="59" />
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="60" />
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="61" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="62" />
            <source>VIN</source>
            <translation>FIN</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="63" />
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="64" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="65" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="66" />
            <source>OEM</source>
            <translation>Hersteller</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="67" />
            <source>Planned run</source>
            <translation>Geplante Stückzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="68" />
            <source>Order codes</source>
            <translation>Bestellcodes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="69" />
            <source>Also called in memos</source>
            <translation>In Mitteilungen auch</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="70" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="71" />
            <source>Locale</source>
            <translation>Gebietsschema</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="72" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="73" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="74" />
            <source>Dealers</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="75" />
            <source>National share</source>
            <translation>Landesanteil</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="76" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="77" />
            <source>Signed by</source>
            <translation>Unterzeichnet von</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="78" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="79" />
            <source>Ours</source>
            <translation>Unser</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="80" />
            <source>Ours: a rooftop that uses this database; group: another dealer of the group</source>
            <translation>Unser: ein Standort, der diese Datenbank nutzt; Gruppe: ein anderer Händler der Gruppe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="83" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="84" />
            <source>Position</source>
            <translation>Platz</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="85" />
            <source>Joined</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="86" />
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="87" />
            <source>Told</source>
            <translation>Benachrichtigt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="88" />
            <source>When the customer was last sent a letter</source>
            <translation>Wann der Kunde zuletzt einen Brief erhielt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="89" />
            <source>Deposit</source>
            <translation>Anzahlung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="90" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="91" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="92" />
            <source>Would be</source>
            <translation>Würde</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="101" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="146" />
            <source>Double-click to see these customers in the waitlist</source>
            <translation>Doppelklicken, um diese Kunden in der Warteliste zu sehen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="148" />
            <source>Markets</source>
            <translation>Märkte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="149" />
            <source>Dealers</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="153" />
            <source>Action needed</source>
            <translation>Zu tun</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="154" />
            <source>Latest memos</source>
            <translation>Neueste Mitteilungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="207" />
            <source>Open the {page} page on these</source>
            <translation>Die Seite {page} mit diesen öffnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="213" />
            <source>Nothing needs doing right now.</source>
            <translation>Im Moment ist nichts zu tun.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="217" />
            <source>{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned · {waiting} waiting: {covered} covered, {pending} pending, {unservable} unservable · {owed} letters owed</source>
            <translation>{allocated} Fahrzeuge an Händler zugeteilt, {assigned} vergeben, {free} frei · {waiting} wartend: {covered} gedeckt, {pending} offen, {unservable} nicht bedienbar · {owed} Briefe offen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="217" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="221" />
            <source>Set up your &amp;dealership…</source>
            <translation>Ihr &amp;Autohaus einrichten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="222" />
            <source>&amp;Open a database file…</source>
            <translation>Datenbankdatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="223" />
            <source>&amp;Connect to a shared server…</source>
            <translation>Mit einem gemeinsamen &amp;Server verbinden…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="235" />
            <source>Import a &amp;waitlist…</source>
            <translation>&amp;Warteliste importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="236" />
            <source>Import a dealer &amp;list…</source>
            <translation>Händler&amp;liste importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="237" />
            <source>Import &amp;order statuses…</source>
            <translation>&amp;Bestellstatus importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="242" />
            <source>&amp;Export the waitlist…</source>
            <translation>Warteliste &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="248" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sicherungen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="252" />
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Mitarbeiter und Rollen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="256" />
            <source>Load &amp;demo data…</source>
            <translation>&amp;Demodaten laden…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="260" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="271" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="280" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="289" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="290" />
            <source>&amp;About dealerapp</source>
            <translation>Ü&amp;ber dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="296" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="311" />
            <source>The window will be in %1 from the next start.</source>
            <translation>Das Fenster erscheint ab dem nächsten Start auf %1.</translation>
        </message>
    </context>
    <context>
        <name>MemosPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="92" />
            <source>&amp;Import memo…</source>
            <translation>Mitteilung &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="94" />
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation>Eine Mitteilung als Datei importieren (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="96" />
            <source>&amp;Paste memo text…</source>
            <translation>Mitteilungstext ein&amp;fügen…</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="48" />
            <source>Allocations</source>
            <translation>Kontingente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="50" />
            <source>Each market's share and state, each dealer's units, and the ledger behind them. Every change is a new ledger row with a reason; nothing is overwritten.</source>
            <translation>Anteil und Status jedes Marktes, die Fahrzeuge jedes Händlers und das Kontingentbuch dahinter. Jede Änderung ist eine neue Buchung mit Grund; nichts wird überschrieben.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="46" />
            <source>Audit</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="48" />
            <source>Every change that matters, newest first: who made it, when, and what it was. Filter by person, kind of work, words or dates.</source>
            <translation>Jede wichtige Änderung, die neueste zuerst: wer, wann und was. Filtern nach Person, Art der Arbeit, Wörtern oder Datum.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="87" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="89" />
            <source>Supply against the waitlist for one program, from the ledger as committed. Click a line under Action needed, or double-click a market or dealer, to go to its customers.</source>
            <translation>Angebot und Warteliste eines Programms, wie gebucht. Klicken Sie eine Zeile unter „Zu tun“ oder doppelklicken Sie einen Markt oder Händler, um zu seinen Kunden zu gehen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="54" />
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="56" />
            <source>Tell customers where they stand. Choose the letter and who gets it, look at it, then print it or save PDFs; mark them sent so nobody is told the same news twice.</source>
            <translation>Sagen Sie den Kunden, wo sie stehen. Wählen Sie den Brief und die Empfänger, sehen Sie ihn an, drucken Sie ihn oder speichern Sie PDFs; als versendet markiert, erfährt niemand dieselbe Nachricht zweimal.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="77" />
            <source>Memos</source>
            <translation>Mitteilungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="79" />
            <source>Bring in a memo (drop a file on the window, Ctrl+I, or paste its text), see what it says and whom it affects, then apply it. Rumors can only be looked at as scenarios.</source>
            <translation>Holen Sie eine Mitteilung herein (Datei auf das Fenster ziehen, Strg+I oder Text einfügen), sehen Sie, was sie sagt und wen sie betrifft, und wenden Sie sie an. Gerüchte lassen sich nur als Szenario ansehen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="65" />
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="67" />
            <source>Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage on the left; a locked specification can no longer be changed.</source>
            <translation>Jedes bestellte Fahrzeug von der Bestellung bis zur Auslieferung, nach den Statuscodes des Herstellers. Wählen Sie links eine Stufe; eine gesperrte Ausstattung lässt sich nicht mehr ändern.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="83" />
            <source>Setup</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="85" />
            <source>The cars you sell by allocation, the markets you sell in and your dealers, with what their letters need. Shares and units are kept on Allocations.</source>
            <translation>Die Fahrzeuge, die Sie nach Kontingent verkaufen, Ihre Märkte und Händler mit dem, was ihre Briefe brauchen. Anteile und Fahrzeuge stehen unter Kontingente.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="64" />
            <source>Waitlist</source>
            <translation>Warteliste</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="66" />
            <source>Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver.</source>
            <translation>Jeder Kunde in der Warteliste jedes Händlers, und ob ein Fahrzeug für ihn da ist. Rechtsklick auf einen Eintrag (oder die Tastenkürzel) zum Verschieben, Zuteilen, Stornieren, Erstatten oder Ausliefern.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="107" />
            <source>Choose an entry to see it here.</source>
            <translation>Wählen Sie einen Eintrag, um ihn hier zu sehen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="122" />
            <source>Show only one program</source>
            <translation>Nur ein Programm zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="123" />
            <source>Show only one market</source>
            <translation>Nur einen Markt zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="124" />
            <source>Show only one dealer</source>
            <translation>Nur einen Händler zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="126" />
            <source>Show only one flag</source>
            <translation>Nur eine Markierung zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="131" />
            <source>Find: customer, dealer, status, specification…</source>
            <translation>Suchen: Kunde, Händler, Status, Ausstattung…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="135" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="135" />
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="152" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="171" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="232" />
            <source>{shown} of {total} entries</source>
            <translation>{shown} von {total} Einträgen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="234" />
            <source>{total} entries</source>
            <translation>{total} Einträge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="303" />
            <source>&amp;Add customer…</source>
            <translation>Kunde &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="305" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="306" />
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="308" />
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="311" />
            <source>A&amp;ssign a unit</source>
            <translation>Fahrzeug &amp;zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="314" />
            <source>&amp;Cancel entry…</source>
            <translation>Eintrag &amp;stornieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="317" />
            <source>&amp;Refund deposit…</source>
            <translation>Anzahlung &amp;erstatten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="320" />
            <source>Mark &amp;delivered</source>
            <translation>Als ausge&amp;liefert markieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="323" />
            <source>&amp;Write a letter…</source>
            <translation>Brief &amp;schreiben…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="326" />
            <source>E&amp;xport the customer's data…</source>
            <translation>Kundendaten e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="329" />
            <source>Erase the customer's personal data…</source>
            <translation>Personenbezogene Daten des Kunden löschen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="334" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="336" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
</TS>