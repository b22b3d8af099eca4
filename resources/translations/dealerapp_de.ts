<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>AddEntryDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="36" />
            <source>Add a customer to a waitlist</source>
            <translation>Kunden auf eine Warteliste setzen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="51" />
            <source>As the letters greet the customer: Dear Ms Byrne</source>
            <translation>So begrüßen die Briefe den Kunden: Sehr geehrte Frau Byrne</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="80" />
            <source>Refundable</source>
            <translation>Erstattbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="84" />
            <source>Colour, gearbox, options</source>
            <translation>Farbe, Getriebe, Extras</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="88" />
            <source>end of the queue</source>
            <translation>Ende der Warteliste</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="91" />
            <source>Required when placing ahead of others</source>
            <translation>Pflicht, wenn der Kunde vor andere gesetzt wird</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="93" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="94" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="95" />
            <source>Title</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="96" />
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="97" />
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="98" />
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="99" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="100" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="101" />
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="102" />
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="103" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="104" />
            <source>State / region</source>
            <translation>Bundesland / Region</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="105" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="107" />
            <source>Deposit</source>
            <translation>Anzahlung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="108" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="109" />
            <source>Paid by</source>
            <translation>Bezahlt per</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="111" />
            <source>Refund terms</source>
            <translation>Erstattungsbedingungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="112" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="113" />
            <source>Joined</source>
            <translation>Eingetragen am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="114" />
            <source>Position</source>
            <translation>Platz</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="115" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="172" />
            <source>No letter can be sent until the street and city are given.</source>
            <translation>Ein Brief ist erst möglich, wenn Straße und Ort angegeben sind.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="174" />
            <source>No letter can be sent until the street is given.</source>
            <translation>Ein Brief ist erst möglich, wenn die Straße angegeben ist.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="175" />
            <source>No letter can be sent until the city is given.</source>
            <translation>Ein Brief ist erst möglich, wenn der Ort angegeben ist.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="180" />
            <source>For a letter: {problem}.</source>
            <translation>Für einen Brief: {problem}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="190" />
            <source>Give the customer's family name or a company name.</source>
            <translation>Geben Sie den Nachnamen des Kunden oder einen Firmennamen an.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="193" />
            <source>The deposit cannot be negative.</source>
            <translation>Die Anzahlung kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="195" />
            <source>The deposit is not valid: {problem}.</source>
            <translation>Die Anzahlung ist ungültig: {problem}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="198" />
            <source>The e-mail address does not look complete.</source>
            <translation>Die E-Mail-Adresse scheint unvollständig.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="201" />
            <source>Say why this customer goes ahead of others (the reason is kept).</source>
            <translation>Sagen Sie, warum dieser Kunde vor andere kommt (der Grund wird festgehalten).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="204" />
            <source>Choose a dealer.</source>
            <translation>Wählen Sie einen Händler.</translation>
        </message>
    </context>
    <context>
        <name>AllocationStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="332" />
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="336" />
            <source>Units for the dealer</source>
            <translation>Fahrzeuge für den Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="337" />
            <source>The market's national share</source>
            <translation>Landesanteil des Marktes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="338" />
            <source>Why (kept in the ledger)</source>
            <translation>Warum (wird im Kontingentbuch festgehalten)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="340" />
            <source>Each later change is a new ledger row with its own reason, on the Allocations page; nothing is ever overwritten.</source>
            <translation>Jede spätere Änderung ist eine neue Buchung im Kontingentbuch mit eigenem Grund, auf der Seite Kontingente; nichts wird je überschrieben.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="351" />
            <source>Set up the dealership and the program first (or skip this step).</source>
            <translation>Richten Sie zuerst das Autohaus und das Programm ein (oder überspringen Sie diesen Schritt).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="353" />
            <source>&lt;b&gt;Its allocation.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sein Kontingent.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="357" />
            <source>&lt;b&gt;Its allocation.&lt;/b&gt; How many units of the {program} has {dealer} been allocated so far? Customers beyond them wait as pending.</source>
            <translation>&lt;b&gt;Sein Kontingent.&lt;/b&gt; Wie viele {program} wurden {dealer} bisher zugeteilt? Alle weiteren Kunden warten mit dem Status „ausstehend“.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="368" />
            <source>Give at least 1 unit, or skip this step.</source>
            <translation>Geben Sie mindestens 1 Fahrzeug an oder überspringen Sie diesen Schritt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="370" />
            <source>A reason is required.</source>
            <translation>Ein Grund ist erforderlich.</translation>
        </message>
    </context>
    <context>
        <name>AllocationsPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="78" />
            <source>Ledger</source>
            <translation>Kontingentbuch</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="80" />
            <source>Grant units…</source>
            <translation>Fahrzeuge zuteilen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="81" />
            <source>Cut units…</source>
            <translation>Fahrzeuge streichen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="82" />
            <source>Transfer…</source>
            <translation>Übertragen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="83" />
            <source>Close market…</source>
            <translation>Markt schließen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="84" />
            <source>Declare filled…</source>
            <translation>Als ausgeschöpft kennzeichnen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="85" />
            <source>Reopen…</source>
            <translation>Wieder öffnen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="164" />
            <source>{market} (national share and all dealers)</source>
            <translation>{market} (nationaler Anteil und alle Händler)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="168" />
            <source>Ledger: {holder}</source>
            <translation>Kontingentbuch: {holder}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="184" />
            <source>dealer {dealer}</source>
            <translation>Händler {dealer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="185" />
            <source>the {market} national share</source>
            <translation>nationaler Anteil von {market}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="195" />
            <source>Grant units</source>
            <translation>Fahrzeuge zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="195" />
            <source>Cut units</source>
            <translation>Fahrzeuge streichen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="197" />
            <source>Units not changed (Grant)</source>
            <translation>Fahrzeuge nicht geändert (Zuteilung)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="197" />
            <source>Units not changed (Cut)</source>
            <translation>Fahrzeuge nicht geändert (Streichung)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="230" />
            <source>Transferring units</source>
            <translation>Fahrzeuge werden übertragen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="231" />
            <source>Units not transferred</source>
            <translation>Fahrzeuge nicht übertragen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="241" />
            <source>Close market</source>
            <translation>Markt schließen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="242" />
            <source>No more units will be built for {market}.</source>
            <translation>Für {market} werden keine Fahrzeuge mehr gebaut.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="245" />
            <source>Declare filled</source>
            <translation>Als ausgeschöpft kennzeichnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="246" />
            <source>{market}'s allocations are all filled.</source>
            <translation>Die Kontingente für {market} sind alle ausgeschöpft.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="249" />
            <source>Reopen market</source>
            <translation>Markt wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="250" />
            <source>{market} is served again.</source>
            <translation>{market} wird wieder beliefert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="254" />
            <source>Waiting customers beyond the free units become unservable when a market is closed or filled.</source>
            <translation>Wird ein Markt geschlossen oder als ausgeschöpft gekennzeichnet, können wartende Kunden über die freien Fahrzeuge hinaus nicht mehr bedient werden.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="267" />
            <source>{action}: not done</source>
            <translation>{action}: nicht ausgeführt</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="62" />
            <source>Words in the summary…</source>
            <translation>Wörter in der Zusammenfassung…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="64" />
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="69" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="69" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="109" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="110" />
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="125" />
            <source>{shown} of {total} changes shown (the newest {limit})</source>
            <translation>{shown} von {total} Änderungen angezeigt (die neuesten {limit})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="129" />
            <source>{shown} of {total} changes shown</source>
            <translation>{shown} von {total} Änderungen angezeigt</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="64" />
            <location filename="../../dealerapp/ui/backups.py" line="76" />
            <source>Backing up</source>
            <translation>Sicherung wird erstellt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="96" />
            <source>Restoring {file}</source>
            <translation>{file} wird wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="108" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="113" />
            <source>Backups of &lt;b&gt;{file}&lt;/b&gt; in {folder}. dealerapp backs up before every memo apply or revert, import and restore, and every 30 minutes while something changes; it keeps today's, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
            <translation>Sicherungen von &lt;b&gt;{file}&lt;/b&gt; in {folder}. dealerapp sichert vor jedem Anwenden oder Zurücknehmen einer Mitteilung, vor jedem Import und jeder Wiederherstellung sowie alle 30 Minuten, solange sich etwas ändert; aufbewahrt werden die von heute, dann eine pro Tag für 12 Tage, eine pro Woche für 10 Wochen und eine pro Monat für 9 Monate.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="132" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="134" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="136" />
            <source>Open the folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="155" />
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="181" />
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="183" />
            <source>Replace everything in the database with the backup taken {date} at {time}?

The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
            <translation>Den gesamten Inhalt der Datenbank durch die Sicherung vom {date} um {time} ersetzen?

Der jetzige Stand der Datenbank wird vorher gesichert; wenn Sie diese Sicherung wiederherstellen, ist der Schritt rückgängig gemacht.</translation>
        </message>
    </context>
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
            <translation>Ausstehend</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="27" />
            <source>Waiting customers with no unit yet; more may come</source>
            <translation>Wartende Kunden ohne Fahrzeug; es können noch welche kommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="28" />
            <source>Unserv.</source>
            <translation>Nicht bed.</translation>
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
            <translation>Informiert</translation>
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
        <name>ConnectDialog</name>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="25" />
            <source>Connect to a shared server</source>
            <translation>Mit einem gemeinsamen Server verbinden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="31" />
            <source>The address of your dealer group's PostgreSQL database, as your administrator gave it, e.g. &lt;tt&gt;{example}&lt;/tt&gt;. dealerapp tries it before keeping it.</source>
            <translation>Die Adresse der PostgreSQL-Datenbank Ihrer Händlergruppe, wie Ihr Administrator sie Ihnen genannt hat, z. B. &lt;tt&gt;{example}&lt;/tt&gt;. dealerapp prüft sie, bevor sie übernommen wird.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="42" />
            <source>Try the connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="52" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="70" />
            <source>Trying…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="72" />
            <source>Trying the server</source>
            <translation>Server wird getestet</translation>
        </message>
    </context>
    <context>
        <name>CustomerPrivacy</name>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="29" />
            <source>Export the data held about {name}</source>
            <translation>Gespeicherte Daten über {name} exportieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="42" />
            <source>Everything held about {name} is in {file}</source>
            <translation>Alle über {name} gespeicherten Daten stehen in {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="49" />
            <source>Exporting a customer's data</source>
            <translation>Export der Daten eines Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="62" />
            <source>Erase this customer's personal data?</source>
            <translation>Personenbezogene Daten dieses Kunden löschen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="63" />
            <source>{name}'s name, address, e-mail, phone, notes and letter copies will be replaced for good; their entries, deposits and the ledger stay.

Why (e.g. 'asked by letter on 20 Nov')?</source>
            <translation>Name, Anschrift, E-Mail, Telefon, Notizen und Briefkopien von {name} werden endgültig ersetzt; die Einträge, Anzahlungen und das Kontingentbuch bleiben erhalten.

Warum (z. B. „per Brief vom 20. Nov. verlangt“)?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="75" />
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="76" />
            <source>A reason is required; nothing was changed.</source>
            <translation>Ein Grund ist erforderlich; es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="87" />
            <source>{name} is now '{placeholder}'</source>
            <translation>{name} heißt jetzt „{placeholder}“</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="94" />
            <source>Erasing customer {number}</source>
            <translation>Kunde {number} wird gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="98" />
            <source>Erasing a customer</source>
            <translation>Löschen eines Kunden</translation>
        </message>
    </context>
    <context>
        <name>CustomersStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="382" />
            <source>Import a waitlist spreadsheet…</source>
            <translation>Warteliste aus Tabelle importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="385" />
            <source>Or add them one by one, first in line first:</source>
            <translation>Oder fügen Sie sie einzeln hinzu, die Ersten der Reihe zuerst:</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="397" />
            <source>Family name *</source>
            <translation>Nachname *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="397" />
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="398" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="398" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="399" />
            <source>Deposit</source>
            <translation>Anzahlung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="403" />
            <source>Add to the waitlist</source>
            <translation>Auf die Warteliste setzen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="424" />
            <source>&lt;b&gt;Your customers.&lt;/b&gt; Set up the dealership and the program first.</source>
            <translation>&lt;b&gt;Ihre Kunden.&lt;/b&gt; Richten Sie zuerst das Autohaus und das Programm ein.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="430" />
            <source>&lt;b&gt;Your customers.&lt;/b&gt; Everyone waiting for the {program} at {dealer}, in queue order. Deposits in {currency}.</source>
            <translation>&lt;b&gt;Ihre Kunden.&lt;/b&gt; Alle, die bei {dealer} auf {program} warten, in der Reihenfolge der Warteliste. Anzahlungen in {currency}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="451" />
            <source>note: {warning}</source>
            <translation>Hinweis: {warning}</translation>
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
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="171" />
            <source>{count} told they cannot be served</source>
            <translation>{count} erfuhren, dass sie nicht bedient werden können</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="172" />
            <source>{count} told a car was there for them</source>
            <translation>{count} erfuhren, dass ein Fahrzeug für sie da ist</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="173" />
            <source>{count} told they were still waiting</source>
            <translation>{count} erfuhren, dass sie noch warten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="178" />
            <source>{count} customer(s) owed a correction: an earlier letter told them something that is no longer true ({told}); send the Correction letter</source>
            <translation>{count} Kunde(n) brauchen eine Korrektur: ein früherer Brief sagte ihnen etwas, das nicht mehr stimmt ({told}); senden Sie den Korrekturbrief</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="183" />
            <source>{dealer}: {count} unservable customer(s) not yet told; send the 'cannot be served' letter</source>
            <translation>{dealer}: {count} nicht bedienbare(r) Kunde(n) noch nicht benachrichtigt; senden Sie den Brief „Nicht lieferbar“</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="186" />
            <source>{count} memo(s) imported but not applied; look them over</source>
            <translation>{count} Mitteilung(en) importiert, aber nicht angewendet; sehen Sie sie durch</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="188" />
            <source>{count} dealer(s) have more customers than units they can expect: their pending customers get a car only if more units come</source>
            <translation>{count} Händler haben mehr Kunden als Fahrzeuge in Aussicht: ihre ausstehenden Kunden bekommen nur ein Fahrzeug, wenn weitere kommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="191" />
            <source>Set-up not finished: {step} still to do (Setup page)</source>
            <translation>Einrichtung nicht abgeschlossen: {step} fehlt noch (Seite Einrichtung)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="238" />
            <source>Open the {page} page on these</source>
            <translation>Die Seite {page} mit diesen öffnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="244" />
            <source>Nothing needs doing right now.</source>
            <translation>Im Moment ist nichts zu tun.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="248" />
            <source>{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned · {waiting} waiting: {covered} covered, {pending} pending, {unservable} unservable · {owed} letters owed</source>
            <translation>{allocated} Fahrzeuge an Händler zugeteilt, {assigned} vergeben, {free} frei · {waiting} wartend: {covered} gedeckt, {pending} ausstehend, {unservable} nicht bedienbar · {owed} Briefe offen</translation>
        </message>
    </context>
    <context>
        <name>DealerForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="301" />
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="301" />
            <source>e.g. Lakeside Chevrolet</source>
            <translation>z. B. Lakeside Chevrolet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="307" />
            <source>Market *</source>
            <translation>Markt *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="308" />
            <source>Dealer code *</source>
            <translation>Händlercode *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="308" />
            <source>e.g. US-LAK</source>
            <translation>z. B. US-LAK</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="309" />
            <source>Street *</source>
            <translation>Straße *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="310" />
            <source>City *</source>
            <translation>Ort *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="316" />
            <source>State or region</source>
            <translation>Bundesland oder Region</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="317" />
            <source>Postal code *</source>
            <translation>Postleitzahl *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="318" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="319" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="321" />
            <source>Signed by *</source>
            <translation>Unterzeichnet von *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="321" />
            <source>who signs its letters</source>
            <translation>wer die Briefe des Händlers unterschreibt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="324" />
            <source>Their title</source>
            <translation>Funktion des Unterzeichners</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="324" />
            <source>e.g. General Sales Manager</source>
            <translation>z. B. Verkaufsleiter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="328" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="330" />
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="424" />
            <source>no logo</source>
            <translation>kein Logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="333" />
            <source>Choose a logo…</source>
            <translation>Logo auswählen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="336" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="341" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="342" />
            <source>One of our rooftops (uses this database)</source>
            <translation>Einer unserer Standorte (nutzt diese Datenbank)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="382" />
            <source>US Letter (from the market)</source>
            <translation>US-Letter (vom Markt)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="383" />
            <source>A4 (from the market)</source>
            <translation>A4 (vom Markt)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="391" />
            <source>Choose the dealer's logo</source>
            <translation>Logo des Händlers auswählen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="392" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="402" />
            <source>{file}: {size} MB is too big for a logo (at most 2 MB)</source>
            <translation>{file}: {size} MB sind zu groß für ein Logo (höchstens 2 MB)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="408" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file}: kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="473" />
            <source>Add a market first (Setup &gt; Markets).</source>
            <translation>Legen Sie zuerst einen Markt an (Einrichtung &gt; Märkte).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="475" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="475" />
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="476" />
            <source>street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="476" />
            <source>city</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="477" />
            <source>postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="477" />
            <source>who signs</source>
            <translation>Unterzeichner</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="480" />
            <source>Still needed: {fields}.</source>
            <translation>Es fehlt noch: {fields}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="483" />
            <source>The code {code} is taken by another dealer.</source>
            <translation>Der Code {code} ist bereits an einen anderen Händler vergeben.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="486" />
            <source>{email} is not an e-mail address.</source>
            <translation>{email} ist keine E-Mail-Adresse.</translation>
        </message>
    </context>
    <context>
        <name>DealershipStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="263" />
            <source>&lt;b&gt;Your dealership.&lt;/b&gt; Where it is and what its letterhead says.</source>
            <translation>&lt;b&gt;Ihr Autohaus.&lt;/b&gt; Wo es liegt und was in seinem Briefkopf steht.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="277" />
            <source>Country *</source>
            <translation>Land *</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="310" />
            <source>Order {number}</source>
            <translation>Bestellung {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="318" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="325" />
            <source>{code} ({label}) locks the specification: it can no longer change.</source>
            <translation>{code} ({label}) sperrt die Ausstattung: sie kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="328" />
            <source>VIN</source>
            <translation>FIN</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="328" />
            <source>Production week</source>
            <translation>Produktionswoche</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="329" />
            <source>ETA</source>
            <translation>Voraussichtliche Ankunft</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="330" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="344" />
            <source>Write the date as YYYY-MM-DD, e.g. 2011-08-02</source>
            <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 2011-08-02</translation>
        </message>
    </context>
    <context>
        <name>DirectiveDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="31" />
            <source>Market closed (no more cars for a market)</source>
            <translation>Markt geschlossen (keine weiteren Fahrzeuge für einen Markt)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="34" />
            <source>Allocations filled (a market's units all taken)</source>
            <translation>Kontingente ausgeschöpft (alle Fahrzeuge eines Marktes vergeben)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="37" />
            <source>Order bank closes (no more orders)</source>
            <translation>Auftragsbuch schließt (keine weiteren Bestellungen)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="40" />
            <source>A market's allocation (units)</source>
            <translation>Kontingent eines Marktes (Fahrzeuge)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="43" />
            <source>A dealer's allocation changes (units, + or -)</source>
            <translation>Kontingent eines Händlers ändert sich (Fahrzeuge, + oder -)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="46" />
            <source>Production volume (the planned run)</source>
            <translation>Produktionsmenge (geplante Stückzahl)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="48" />
            <source>Production ends</source>
            <translation>Produktionsende</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="49" />
            <source>Production starts</source>
            <translation>Produktionsbeginn</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="50" />
            <source>Delay (weeks or a date)</source>
            <translation>Verzögerung (Wochen oder ein Datum)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="54" />
            <source>market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="55" />
            <source>program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="56" />
            <source>dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="57" />
            <source>units</source>
            <translation>Stückzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="58" />
            <source>from</source>
            <translation>geplante Stückzahl bisher</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="59" />
            <source>to</source>
            <translation>geplante Stückzahl neu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="60" />
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="61" />
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="92" />
            <source>Add a directive</source>
            <translation>Anweisung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="96" />
            <source>From the memo: “{sentence}”</source>
            <translation>Aus der Mitteilung: „{sentence}“</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="98" />
            <source>Not tied to one sentence of the memo.</source>
            <translation>Nicht an einen bestimmten Satz der Mitteilung gebunden.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="106" />
            <source>It names the {vehicle}, which no program here tracks.</source>
            <translation>Genannt wird {vehicle}; dafür gibt es hier kein Programm.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="119" />
            <source>What it says</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="122" />
            <source>Official (can be applied)</source>
            <translation>Offiziell (kann angewendet werden)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="123" />
            <source>Rumor (only a scenario)</source>
            <translation>Gerücht (nur als Szenario)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="125" />
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="130" />
            <source>It names {market}, which is not a market here yet: add it on the Setup page (Markets) to apply a directive about it.</source>
            <translation>Genannt wird {market}, hier noch kein Markt: Legen Sie ihn auf der Seite Einrichtung (Märkte) an, um eine Anweisung dazu anzuwenden.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="143" />
            <source>on</source>
            <translation>am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="156" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="157" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="158" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="158" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="159" />
            <source>Planned run from</source>
            <translation>Geplante Stückzahl bisher</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="160" />
            <source>Planned run to</source>
            <translation>Geplante Stückzahl neu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="161" />
            <source>Weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="161" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="172" />
            <source>Add the directive</source>
            <translation>Anweisung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="232" />
            <source>Still needed: {fields}.</source>
            <translation>Noch erforderlich: {fields}.</translation>
        </message>
    </context>
    <context>
        <name>DirectiveTableModel</name>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="33" />
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="35" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="37" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="39" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="41" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="43" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="45" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="47" />
            <source>To</source>
            <translation>Auf</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="49" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="51" />
            <source>Weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="53" />
            <source>Confidence</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="62" />
            <source>({vehicle}: not tracked)</source>
            <translation>({vehicle}: kein Programm)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="114" />
            <source>Added by a person from the memo's text</source>
            <translation>Von einer Person aus dem Text der Mitteilung hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="116" />
            <source>Corrected by a person; the reader's version is kept with the memo</source>
            <translation>Von einer Person korrigiert; die eingelesene Fassung bleibt bei der Mitteilung erhalten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="118" />
            <source>About the {vehicle}, which no program here tracks: nothing applies until it is tracked</source>
            <translation>Betrifft {vehicle}, wofür es hier kein Programm gibt: Nichts davon wird angewendet, bis es als Programm angelegt ist</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="122" />
            <source>A rumor: shown only as a scenario, never applied</source>
            <translation>Ein Gerücht: nur als Szenario gezeigt, nie angewendet</translation>
        </message>
    </context>
    <context>
        <name>EditEntryDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="260" />
            <source>Edit {customer}'s entry</source>
            <translation>Eintrag von {customer} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="269" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="270" />
            <source>Refund terms</source>
            <translation>Erstattungsbedingungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="271" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="292" />
            <source>Nothing has changed yet.</source>
            <translation>Noch nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="295" />
            <source>The refund terms are too long for a letter (2,000 characters).</source>
            <translation>Die Erstattungsbedingungen sind zu lang für einen Brief (2.000 Zeichen).</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="25" />
            <source>refundable</source>
            <translation>erstattbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="27" />
            <source>not refundable</source>
            <translation>nicht erstattbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="29" />
            <source>method not noted</source>
            <translation>Zahlungsart nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="30" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="36" />
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="37" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="38" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="39" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="40" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="41" />
            <source>Position</source>
            <translation>Platz</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="42" />
            <source>Joined</source>
            <translation>Eingetragen am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="44" />
            <source>Deposit</source>
            <translation>Anzahlung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="47" />
            <source>Paid on</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="48" />
            <source>Refunded on</source>
            <translation>Erstattet am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="49" />
            <source>Refund terms</source>
            <translation>Erstattungsbedingungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="50" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="51" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="53" />
            <source>Position history</source>
            <translation>Verlauf des Platzes</translation>
        </message>
    </context>
    <context>
        <name>FirstAllocation</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="72" />
            <source>Its first allocation (optional)</source>
            <translation>Sein erstes Kontingent (optional)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="81" />
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="82" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="83" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="87" />
            <source>Add a program first; units can be granted later on Allocations.</source>
            <translation>Legen Sie zuerst ein Programm an; Fahrzeuge lassen sich später unter Kontingente zuteilen.</translation>
        </message>
    </context>
    <context>
        <name>FlagWords</name>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="26" />
            <source>Position {position} at {dealer}</source>
            <translation>Platz {position} bei {dealer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="31" />
            <source>{where}; {units}, so a unit is there for this customer.</source>
            <translation>{where}; {units}, also ist ein Fahrzeug für diesen Kunden da.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="35" />
            <source>{units}, all for customers ahead</source>
            <translation>{units}, alle für Kunden weiter vorn</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="43" />
            <source>{where}; {ahead}; more {program} units may still come to the {market} market.</source>
            <translation>{where}; {ahead}; es können noch weitere {program} in den Markt {market} kommen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="50" />
            <source>no unassigned units</source>
            <translation>keine freien Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="52" />
            <source>1 unassigned unit</source>
            <translation>1 freies Fahrzeug</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="53" />
            <source>{count} unassigned units</source>
            <translation>{count} freie Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="61" />
            <source>{market} allocations were declared filled {source}</source>
            <translation>die Zuteilungen für {market} wurden {source} für ausgeschöpft erklärt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="64" />
            <source>no more {program} will be built for {market}, as declared {source}</source>
            <translation>für {market} werden keine weiteren {program} gebaut, wie {source} erklärt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="74" />
            <source>by a memo from {sender}</source>
            <translation>durch eine Mitteilung von {sender}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="78" />
            <source>by a memo</source>
            <translation>durch eine Mitteilung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="80" />
            <source>by the memo of {day}</source>
            <translation>durch die Mitteilung vom {day}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="82" />
            <source>on {day}</source>
            <translation>am {day}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="74" />
            <source>(not in the file)</source>
            <translation>(nicht in der Datei)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="87" />
            <source>{title}: {file}</source>
            <translation>{title}: {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="90" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="101" />
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="110" />
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="105" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="109" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="111" />
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="112" />
            <source>Already known as</source>
            <translation>Bereits bekannt als</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="113" />
            <source>Because</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="117" />
            <source>Known customers</source>
            <translation>Bekannte Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="121" />
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="124" />
            <source>Import all rows</source>
            <translation>Alle Zeilen importieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="125" />
            <source>Import valid rows only</source>
            <translation>Nur gültige Zeilen importieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="126" />
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="164" />
            <source>(column {number})</source>
            <translation>(Spalte {number})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="202" />
            <source>Checking {count} rows…</source>
            <translation>{count} Zeilen werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="216" />
            <source>&lt;b&gt;{valid}&lt;/b&gt; of {rows} rows are ready to import; &lt;b&gt;{bad}&lt;/b&gt; have problems (see Problems). Nothing is written until you import.</source>
            <translation>&lt;b&gt;{valid}&lt;/b&gt; von {rows} Zeilen sind bereit zum Import; &lt;b&gt;{bad}&lt;/b&gt; haben Probleme (siehe Probleme). Geschrieben wird erst, wenn Sie importieren.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="221" />
            <source>&lt;b&gt;{valid}&lt;/b&gt; of {rows} rows are ready to import. Nothing is written until you import.</source>
            <translation>&lt;b&gt;{valid}&lt;/b&gt; von {rows} Zeilen sind bereit zum Import. Geschrieben wird erst, wenn Sie importieren.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="226" />
            <source>The workbook also sets up what this database lacks:</source>
            <translation>Die Arbeitsmappe legt außerdem an, was dieser Datenbank fehlt:</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="236" />
            <source>Problems ({count})</source>
            <translation>Probleme ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="241" />
            <source>merge</source>
            <translation>zusammenführen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="246" />
            <source>{name} (customer {number})</source>
            <translation>{name} (Kunde {number})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="257" />
            <source>Known customers ({count})</source>
            <translation>Bekannte Kunden ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="259" />
            <source>Nothing to note.</source>
            <translation>Keine Hinweise.</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="137" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="138" />
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="139" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="140" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="141" />
            <source>Customer ref</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="142" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="143" />
            <source>Dealer code</source>
            <translation>Händlercode</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="144" />
            <source>Deposit</source>
            <translation>Anzahlung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="145" />
            <source>Deposit date</source>
            <translation>Anzahlung am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="146" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="147" />
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="148" />
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="149" />
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="150" />
            <source>Joined</source>
            <translation>Eingetragen am</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="151" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="152" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="153" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="154" />
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="155" />
            <source>Order number</source>
            <translation>Auftragsnummer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="156" />
            <source>Payment method</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="157" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="158" />
            <source>Position</source>
            <translation>Platz</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="159" />
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="160" />
            <source>Production week</source>
            <translation>Produktionswoche</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="161" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="162" />
            <source>Refund terms</source>
            <translation>Erstattungsbedingungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="163" />
            <source>Refundable</source>
            <translation>Erstattbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="164" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="165" />
            <source>Signatory</source>
            <translation>Unterzeichner</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="166" />
            <source>Signatory title</source>
            <translation>Funktion des Unterzeichners</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="167" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="168" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="169" />
            <source>Status code</source>
            <translation>Statuscode</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="170" />
            <source>Status date</source>
            <translation>Statusdatum</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="171" />
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="172" />
            <source>Title</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="173" />
            <source>VIN</source>
            <translation>FIN</translation>
        </message>
    </context>
    <context>
        <name>ImportKind</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="60" />
            <source>Import a waitlist</source>
            <translation>Warteliste importieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="65" />
            <source>Import a dealer list</source>
            <translation>Händlerliste importieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="70" />
            <source>Import order statuses</source>
            <translation>Bestellstatus importieren</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="82" />
            <source>every open entry</source>
            <translation>alle laufenden Einträge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="84" />
            <source>covered customers</source>
            <translation>gedeckte Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="85" />
            <source>pending customers</source>
            <translation>ausstehende Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="86" />
            <source>unservable customers</source>
            <translation>nicht bedienbare Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="90" />
            <source>only those not told yet</source>
            <translation>nur noch nicht Benachrichtigte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="96" />
            <source>Letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="96" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="97" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="97" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="122" />
            <source>Use the filters instead</source>
            <translation>Stattdessen die Filter verwenden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="131" />
            <source>Tick all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="131" />
            <source>Untick all</source>
            <translation>Alle abwählen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="144" />
            <source>Print preview…</source>
            <translation>Druckvorschau…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="145" />
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="146" />
            <source>Save one PDF…</source>
            <translation>Als ein PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="147" />
            <source>One PDF per customer…</source>
            <translation>Ein PDF pro Kunde…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="148" />
            <source>Edit a copy of this letter…</source>
            <translation>Kopie dieses Briefs bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="184" />
            <source>All markets</source>
            <translation>Alle Märkte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="188" />
            <source>All dealers</source>
            <translation>Alle Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="212" />
            <source>For the {count} customer(s) chosen in the waitlist</source>
            <translation>Für {count} in der Warteliste gewählte(n) Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="214" />
            <source>For the {count} customer(s) chosen</source>
            <translation>Für {count} gewählte(n) Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="285" />
            <source>Nobody matches: no letter to write.</source>
            <translation>Niemand entspricht der Auswahl: Es ist kein Brief zu schreiben.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="295" />
            <source>{count} customer(s) speak {language}: this letter is not written in it, so they get it in {instead}.</source>
            <translation>{count} Kunde(n) sprechen {language}: Diesen Brief gibt es in dieser Sprache nicht, daher erhalten sie ihn auf {instead}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="300" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="310" />
            <source>{total} letter(s)</source>
            <translation>{total} Brief(e)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="312" />
            <source>{ticked} of {total} letter(s) ticked</source>
            <translation>{ticked} von {total} Brief(en) ausgewählt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="347" />
            <source>Did the {count} letter(s) print correctly?</source>
            <translation>Wurden die {count} Brief(e) richtig gedruckt?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="354" />
            <source>Save the letters</source>
            <translation>Briefe speichern</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="361" />
            <source>A folder for one PDF per customer</source>
            <translation>Ordner für ein PDF pro Kunde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="373" />
            <source>Writing {count} letter(s)…</source>
            <translation>{count} Brief(e) werden geschrieben…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="379" />
            <source>Stopped: no letter was written, and nobody is marked as told.</source>
            <translation>Abgebrochen: Es wurde kein Brief geschrieben, und niemand ist als benachrichtigt markiert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="384" />
            <source>The letters were not written</source>
            <translation>Die Briefe wurden nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="390" />
            <source>The {count} letter(s) are saved in {file}.</source>
            <translation>Die {count} Brief(e) sind in {file} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="395" />
            <source>The {count} letter(s) are saved one PDF per customer in {folder}.</source>
            <translation>Die {count} Brief(e) sind als ein PDF pro Kunde in {folder} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="402" />
            <source>Stop</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="403" />
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="430" />
            <source>{count} letter(s) written; the database is read-only, so they are not marked as sent.</source>
            <translation>{count} Brief(e) geschrieben; die Datenbank ist schreibgeschützt, daher sind sie nicht als versendet markiert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="437" />
            <source>Mark the letters as sent?</source>
            <translation>Briefe als versendet markieren?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="440" />
            <source>Mark them as sent? Each customer then counts as told, and a copy of their letter is kept with them. Answer No if they still need checking: they stay owed, and you can print or save them again.</source>
            <translation>Als versendet markieren? Jeder Kunde gilt dann als benachrichtigt, und eine Kopie seines Briefs wird bei ihm abgelegt. Antworten Sie mit Nein, wenn die Briefe noch geprüft werden müssen: Dann bleiben sie offen, und Sie können sie erneut drucken oder speichern.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="449" />
            <source>{count} letter(s) written, not marked as sent: they stay owed.</source>
            <translation>{count} Brief(e) geschrieben, nicht als versendet markiert; sie bleiben offen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="466" />
            <source>Keeping a copy of each letter…</source>
            <translation>Von jedem Brief wird eine Kopie abgelegt…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="476" />
            <source>Stopped: nobody was marked as told.</source>
            <translation>Abgebrochen: Niemand wurde als benachrichtigt markiert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="481" />
            <source>{count} letter(s) marked as sent.</source>
            <translation>{count} Brief(e) als versendet markiert.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="487" />
            <source>Marking {count} letter(s) as sent</source>
            <translation>{count} Brief(e) werden als versendet markiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="490" />
            <source>The letters were written but not marked as sent</source>
            <translation>Die Briefe wurden geschrieben, aber nicht als versendet markiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="503" />
            <source>Letter templates</source>
            <translation>Briefvorlagen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="512" />
            <source>Saving the template</source>
            <translation>Vorlage wird gespeichert</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="67" />
            <source>Restored. The database it replaced is kept as {copy}</source>
            <translation>Wiederhergestellt. Die ersetzte Datenbank ist aufbewahrt als {copy}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="80" />
            <source>&amp;Import memo…</source>
            <translation>Mitteilung &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="82" />
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation>Eine Mitteilung als Datei importieren (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="84" />
            <source>&amp;Paste memo text…</source>
            <translation>Mitteilungstext ein&amp;fügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="117" />
            <source>Database: {where}</source>
            <translation>Datenbank: {where}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="191" />
            <source>Spreadsheets (*.csv *.xlsx *.xls *.ods)</source>
            <translation>Tabellen (*.csv *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="210" />
            <source>Export the waitlist</source>
            <translation>Warteliste exportieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="211" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="222" />
            <source>Exported {count} entries to {path}</source>
            <translation>{count} Einträge nach {path} exportiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="227" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="237" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="241" />
            <source>Set up your &amp;dealership…</source>
            <translation>Ihr &amp;Autohaus einrichten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="242" />
            <source>&amp;Open a database file…</source>
            <translation>Datenbankdatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="243" />
            <source>&amp;Connect to a shared server…</source>
            <translation>Mit einem gemeinsamen &amp;Server verbinden…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="255" />
            <source>Import a &amp;waitlist…</source>
            <translation>&amp;Warteliste importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="256" />
            <source>Import a dealer &amp;list…</source>
            <translation>Händler&amp;liste importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="257" />
            <source>Import &amp;order statuses…</source>
            <translation>&amp;Bestellstatus importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="262" />
            <source>&amp;Export the waitlist…</source>
            <translation>Warteliste &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="268" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sicherungen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="272" />
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Mitarbeiter und Rollen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="276" />
            <source>Load &amp;demo data…</source>
            <translation>&amp;Demodaten laden…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="280" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="291" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="300" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="309" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="310" />
            <source>&amp;About dealerapp</source>
            <translation>Ü&amp;ber dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="316" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="331" />
            <source>The window will be in %1 from the next start.</source>
            <translation>Das Fenster erscheint ab dem nächsten Start auf %1.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="338" />
            <source>dealerapp — {where} — read-only</source>
            <translation>dealerapp — {where} — schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="339" />
            <source>Database: {where} — read-only</source>
            <translation>Datenbank: {where} — schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="342" />
            <source>&lt;b&gt;Read-only.&lt;/b&gt; This database is on a disk or share that cannot be written, or you may not change the file. You can look, print, export and back it up elsewhere; to make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Diese Datenbank liegt auf einem Laufwerk oder einer Freigabe, die nicht beschrieben werden kann, oder Sie dürfen die Datei nicht ändern. Sie können ansehen, drucken, exportieren und anderswo sichern; um etwas zu ändern, kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="365" />
            <source>The database is open read-only</source>
            <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="354" />
            <source>Opened read-only: changes are switched off</source>
            <translation>Schreibgeschützt geöffnet: Änderungen sind abgeschaltet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="380" />
            <source>Refreshed</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="395" />
            <source>An empty database: choose how to start</source>
            <translation>Eine leere Datenbank: Wählen Sie, wie Sie beginnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="437" />
            <source>Built on {date} for {system}.</source>
            <translation>Erstellt am {date} für {system}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="441" />
            <source>Running from an installed Python package, not a built copy.</source>
            <translation>Läuft aus einem installierten Python-Paket, nicht aus einer erstellten Fassung.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="444" />
            <source>About dealerapp</source>
            <translation>Über dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="447" />
            <source>Allocations, waitlists and customer letters for a car there is not enough of.</source>
            <translation>Kontingente, Wartelisten und Kundenbriefe für ein Auto, von dem es nicht genug gibt.</translation>
        </message>
    </context>
    <context>
        <name>MarketForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="200" />
            <source>Country *</source>
            <translation>Land *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="201" />
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="203" />
            <source>Language *</source>
            <translation>Sprache *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="203" />
            <source>e.g. en, de, fr</source>
            <translation>z. B. en, de, fr</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="206" />
            <source>Locale *</source>
            <translation>Gebietsschema *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="206" />
            <source>dates and money, e.g. de_CH</source>
            <translation>für Datum und Beträge, z. B. de_CH</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="208" />
            <source>Currency *</source>
            <translation>Währung *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="208" />
            <source>e.g. USD, EUR</source>
            <translation>z. B. USD, EUR</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="211" />
            <source>US Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="214" />
            <source>Paper for letters</source>
            <translation>Papier für Briefe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="215" />
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="241" />
            <source>Filled in from CLDR for the country; change what differs.</source>
            <translation>Aus den CLDR-Daten des Landes übernommen; ändern Sie, was abweicht.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="237" />
            <source>Filled in from CLDR for the country; change what differs. Also spoken there: {languages}.</source>
            <translation>Aus den CLDR-Daten des Landes übernommen; ändern Sie, was abweicht. Dort ebenfalls gesprochen: {languages}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="264" />
            <source>Choose the country of the market.</source>
            <translation>Wählen Sie das Land des Marktes.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="267" />
            <source>There is a market for {code} already.</source>
            <translation>Für {code} gibt es bereits einen Markt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="269" />
            <source>The market needs a name.</source>
            <translation>Der Markt braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="271" />
            <source>{locale} is not a locale (en_US, de_DE, …).</source>
            <translation>{locale} ist kein Gebietsschema (en_US, de_DE, …).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="274" />
            <source>{currency} is not a currency code (USD, EUR, …).</source>
            <translation>{currency} ist kein Währungscode (USD, EUR, …).</translation>
        </message>
    </context>
    <context>
        <name>MemoView</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="58" />
            <source>Choose a memo above, or import one.</source>
            <translation>Wählen Sie oben eine Mitteilung oder importieren Sie eine.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="106" />
            <source>Add a directive from this sentence…</source>
            <translation>Anweisung aus diesem Satz hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="117" />
            <source>What the memo says (untick to leave one out, double-click to fix):</source>
            <translation>Was die Mitteilung sagt (Häkchen entfernen, um eine auszulassen; Doppelklick zum Korrigieren):</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="146" />
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="148" />
            <source>Show scenario</source>
            <translation>Szenario zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="150" />
            <source>Revert</source>
            <translation>Zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="152" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="155" />
            <source>Delete a memo that was never applied: junk, the wrong file</source>
            <translation>Eine nie angewendete Mitteilung löschen: Unbrauchbares, die falsche Datei</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="161" />
            <source>Add a directive…</source>
            <translation>Anweisung hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="163" />
            <source>Something the memo says that the reader did not read</source>
            <translation>Etwas aus der Mitteilung, das beim Einlesen nicht erkannt wurde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="190" />
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="195" />
            <source>It also names the {vehicles}, which no program here tracks.</source>
            <translation>Genannt wird auch: {vehicles} – dafür gibt es hier kein Programm.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="197" />
            <source>It also names the {vehicles}, which no programs here track.</source>
            <translation>Genannt werden auch: {vehicles} – dafür gibt es hier keine Programme.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="201" />
            <source>This memo is about the {vehicles}, which no program here tracks.</source>
            <translation>Diese Mitteilung betrifft: {vehicles} – dafür gibt es hier kein Programm.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="203" />
            <source>This memo is about the {vehicles}, which no programs here track.</source>
            <translation>Diese Mitteilung betrifft: {vehicles} – dafür gibt es hier keine Programme.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="209" />
            <source>Track it as a program and the memo is read again.</source>
            <translation>Legen Sie das Fahrzeug als Programm an, dann wird die Mitteilung erneut eingelesen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="212" />
            <source>Nothing read about it applies until then.</source>
            <translation>Bis dahin wird nichts angewendet, was dazu erkannt wurde.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="215" />
            <source>Track the {vehicle}…</source>
            <translation>{vehicle} als Programm anlegen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="228" />
            <source>May matter, read these: {count} sentence(s) name a car or a market with words such as allocate, end or delay, but gave no directive.</source>
            <translation>Könnte wichtig sein, bitte lesen: Sätze, die ein Fahrzeug oder einen Markt mit Wörtern wie „zuteilen“, „enden“ oder „verzögern“ nennen, aber keine Anweisung ergaben ({count}).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="259" />
            <source>Memo {memo}: {file} — from {sender}, {date} — {confidence} — {state}</source>
            <translation>Mitteilung {memo}: {file} — von {sender}, {date} — {confidence} — {state}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="262" />
            <source>unknown sender</source>
            <translation>unbekannter Absender</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="263" />
            <source>undated</source>
            <translation>undatiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="274" />
            <source>A rumor is never applied; look at it as a scenario</source>
            <translation>Ein Gerücht wird nie angewendet; sehen Sie es sich als Szenario an</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="288" />
            <source>Scenario (nothing is written):</source>
            <translation>Szenario (es wird nichts gespeichert):</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="289" />
            <source>Applying would:</source>
            <translation>Das Anwenden würde:</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="292" />
            <source>Applied:</source>
            <translation>Angewendet:</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="294" />
            <source>change no data</source>
            <translation>keine Daten ändern</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="295" />
            <source>note: {line}</source>
            <translation>Hinweis: {line}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="296" />
            <source>left out: {line}</source>
            <translation>ausgelassen: {line}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="299" />
            <source>Customers whose flag changes: {moves}</source>
            <translation>Kunden, deren Markierung sich ändert: {moves}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="301" />
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>MemosPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="73" />
            <source>Memos (*.txt *.eml *.msg *.pdf);;All files (*)</source>
            <translation>Mitteilungen (*.txt *.eml *.msg *.pdf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Import memo…</source>
            <translation type="vanished">Mitteilung &amp;importieren…</translation>
        </message>
        <message>
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation type="vanished">Eine Mitteilung als Datei importieren (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <source>&amp;Paste memo text…</source>
            <translation type="vanished">Mitteilungstext ein&amp;fügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="94" />
            <source>Import memo…</source>
            <translation>Mitteilung importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="95" />
            <source>Paste memo text…</source>
            <translation>Mitteilungstext einfügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="183" />
            <source>Import a memo</source>
            <translation>Mitteilung importieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="195" />
            <source>Importing {file}</source>
            <translation>{file} wird importiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="198" />
            <location filename="../../dealerapp/ui/pages/memos.py" line="218" />
            <source>The memo was not imported</source>
            <translation>Die Mitteilung wurde nicht importiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="206" />
            <source>Paste a memo</source>
            <translation>Mitteilung einfügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="207" />
            <source>Paste the memo's text, with its From: and Date: lines if any:</source>
            <translation>Fügen Sie den Text der Mitteilung ein, gegebenenfalls mit den Zeilen „Von:“ und „Datum:“:</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="215" />
            <source>Importing the pasted memo</source>
            <translation>Die eingefügte Mitteilung wird importiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="230" />
            <source>This does not look like a memo</source>
            <translation>Das sieht nicht nach einer Mitteilung aus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="231" />
            <source>Store it as a memo anyway?</source>
            <translation>Trotzdem als Mitteilung speichern?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="244" />
            <source>look it over, then Apply</source>
            <translation>sehen Sie sie durch und wählen Sie dann „Anwenden“</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="245" />
            <source>look it over; a rumor is only ever a scenario</source>
            <translation>sehen Sie sie durch; ein Gerücht ist immer nur ein Szenario</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="246" />
            <source>nothing in it changes allocations; read the sentences that may matter</source>
            <translation>nichts darin ändert Kontingente; lesen Sie die Sätze, die wichtig sein könnten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="248" />
            <source>Imported memo {memo}: {confidence}, {count} directive(s); {next_step}.</source>
            <translation>Mitteilung {memo} importiert: {confidence}, {count} Anweisung(en); {next_step}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="261" />
            <source>Why is memo {memo} deleted? (kept in the audit log)</source>
            <translation>Warum wird Mitteilung {memo} gelöscht? (wird im Protokoll festgehalten)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="263" />
            <source>Delete the memo</source>
            <translation>Mitteilung löschen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="268" />
            <source>A reason is needed to delete memo {memo}. Why is it deleted?</source>
            <translation>Zum Löschen von Mitteilung {memo} ist ein Grund nötig. Warum wird sie gelöscht?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="280" />
            <source>Deleting memo {memo}</source>
            <translation>Mitteilung {memo} wird gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="283" />
            <source>The memo was not deleted</source>
            <translation>Die Mitteilung wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="296" />
            <source>Memo {memo} cannot be applied</source>
            <translation>Mitteilung {memo} kann nicht angewendet werden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="302" />
            <source>Apply the memo?</source>
            <translation>Mitteilung anwenden?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="303" />
            <source>Apply memo {memo}?</source>
            <translation>Mitteilung {memo} anwenden?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="307" />
            <source>A safety copy of the database is made first; Revert undoes it exactly.</source>
            <translation>Zuerst wird eine Sicherungskopie der Datenbank angelegt; „Zurücknehmen“ macht alles genau rückgängig.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="314" />
            <source>Applied memo {memo}.</source>
            <translation>Mitteilung {memo} angewendet.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="318" />
            <source>Applying memo {memo}</source>
            <translation>Mitteilung {memo} wird angewendet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="321" />
            <source>The memo was not applied</source>
            <translation>Die Mitteilung wurde nicht angewendet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="332" />
            <source>Memo {memo} cannot be reverted</source>
            <translation>Mitteilung {memo} kann nicht zurückgenommen werden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="339" />
            <source>{count} of them were already told by letter; each will be owed a correction letter (Letters page).</source>
            <translation>{count} davon wurden bereits per Brief benachrichtigt; für jeden ist dann ein Korrekturbrief fällig (Seite Briefe).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="348" />
            <source>Revert the memo?</source>
            <translation>Mitteilung zurücknehmen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="350" />
            <source>Undo everything memo {memo} changed? The customers' flags go back to what they were before it was applied.</source>
            <translation>Alles rückgängig machen, was Mitteilung {memo} geändert hat? Die Markierungen der Kunden werden auf den Stand vor dem Anwenden zurückgesetzt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="361" />
            <source>Reverting memo {memo}</source>
            <translation>Mitteilung {memo} wird zurückgenommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="364" />
            <source>Reverted memo {memo}.</source>
            <translation>Mitteilung {memo} zurückgenommen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="366" />
            <source>The memo was not reverted</source>
            <translation>Die Mitteilung wurde nicht zurückgenommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="373" />
            <source>{count} from {move}</source>
            <translation>{count} von {move}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="379" />
            <source>Customers whose flag changed: {moves}.</source>
            <translation>Kunden, deren Markierung sich geändert hat: {moves}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="380" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="396" />
            <source>{count} correction letter(s) are owed.</source>
            <translation>{count} Korrekturbrief(e) fällig.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="398" />
            <source>{count} 'cannot be served' letter(s) are owed.</source>
            <translation>{count} Brief(e) „nicht bedienbar“ fällig.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="403" />
            <source>Write the {count} letter(s)…</source>
            <translation>Die {count} Brief(e) schreiben…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="430" />
            <source>Track the {vehicle}</source>
            <translation>{vehicle} als Programm anlegen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="431" />
            <source>Memo {memo} names the {vehicle}. As a program, its allocation, waitlist and memos are kept here; the memo is read again once it is saved.</source>
            <translation>Mitteilung {memo} nennt {vehicle}. Als Programm werden Kontingent, Warteliste und Mitteilungen dazu hier geführt; nach dem Speichern wird die Mitteilung erneut eingelesen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="450" />
            <source>Added the program {name} ({code}) and read memo {memo} again: {count} directive(s)</source>
            <translation>Programm {name} ({code}) hinzugefügt und Mitteilung {memo} erneut eingelesen: {count} Anweisung(en)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="455" />
            <source>Adding the program</source>
            <translation>Programm wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="456" />
            <source>The program was not added</source>
            <translation>Das Programm wurde nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="472" />
            <source>Correcting the directive</source>
            <translation>Anweisung wird korrigiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="475" />
            <source>Not corrected</source>
            <translation>Nicht korrigiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="513" />
            <source>Added a {kind} to memo {memo}</source>
            <translation>Anweisung ({kind}) zu Mitteilung {memo} hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="519" />
            <source>Adding the directive</source>
            <translation>Anweisung wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="521" />
            <source>The directive was not added</source>
            <translation>Die Anweisung wurde nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="524" />
            <source>Reading the programs and markets</source>
            <translation>Programme und Märkte werden gelesen</translation>
        </message>
    </context>
    <context>
        <name>OpenMark</name>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="42" />
            <source>This database is already open</source>
            <translation>Diese Datenbank ist bereits geöffnet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="43" />
            <source>{holder}

A second window works, but each shows the other's changes only after Refresh (F5). Open it here anyway?</source>
            <translation>{holder}

Ein zweites Fenster funktioniert, aber jedes zeigt die Änderungen des anderen erst nach „Aktualisieren“ (F5). Trotzdem hier öffnen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="60" />
            <source>dealerapp already has this database open on the computer “{host}” (process {pid}).</source>
            <translation>dealerapp hat diese Datenbank bereits auf dem Computer „{host}“ geöffnet (Prozess {pid}).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="65" />
            <source>dealerapp already has this database open on the computer “{host}” (process {pid}) since {since}.</source>
            <translation>dealerapp hat diese Datenbank seit {since} auf dem Computer „{host}“ geöffnet (Prozess {pid}).</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="100" />
            <source>Find an order, customer, dealer or VIN…</source>
            <translation>Bestellung, Kunde, Händler oder FIN suchen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="110" />
            <source>Change status…</source>
            <translation>Status ändern…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="111" />
            <source>VIN, ETA, specification…</source>
            <translation>FIN, Ankunft, Ausstattung…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="112" />
            <source>Order status letter…</source>
            <translation>Brief zum Bestellstatus…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="113" />
            <source>Import status file…</source>
            <translation>Statusdatei importieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="149" />
            <source>All orders ({count})</source>
            <translation>Alle Bestellungen ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="197" />
            <source>Choose an order to see its history.</source>
            <translation>Wählen Sie eine Bestellung, um ihren Verlauf zu sehen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="210" />
            <source>Order {number}</source>
            <translation>Bestellung {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="211" />
            <source>entry {id}</source>
            <translation>Eintrag {id}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="212" />
            <source>{stage} since {date}</source>
            <translation>{stage} seit {date}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="215" />
            <source>VIN {vin}</source>
            <translation>FIN {vin}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="216" />
            <source>Production week {week}</source>
            <translation>Produktionswoche {week}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="217" />
            <source>ETA {eta}</source>
            <translation>Voraussichtliche Ankunft {eta}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="218" />
            <source>Specification (locked)</source>
            <translation>Ausstattung (gesperrt)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="218" />
            <source>Specification</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="219" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="247" />
            <source>Changing the order status…</source>
            <translation>Bestellstatus wird geändert…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="249" />
            <source>Order status</source>
            <translation>Bestellstatus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="263" />
            <source>Saving the order…</source>
            <translation>Bestellung wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="265" />
            <source>Order details</source>
            <translation>Bestelldetails</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="32" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="36" />
            <location filename="../../dealerapp/ui/pages/audit.py" line="47" />
            <source>Audit</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="49" />
            <source>Every change that matters, newest first: who made it, when, and what it was. Filter by person, kind of work, words or dates.</source>
            <translation>Jede wichtige Änderung, die neueste zuerst: wer, wann und was. Filtern nach Person, Art der Arbeit, Wörtern oder Datum.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="30" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="35" />
            <location filename="../../dealerapp/ui/pages/letters.py" line="56" />
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="58" />
            <source>Tell customers where they stand. Choose the letter and who gets it, look at it, then print it or save PDFs; mark them sent so nobody is told the same news twice.</source>
            <translation>Sagen Sie den Kunden, wo sie stehen. Wählen Sie den Brief und die Empfänger, sehen Sie ihn an, drucken Sie ihn oder speichern Sie PDFs; als versendet markiert, erfährt niemand dieselbe Nachricht zweimal.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="33" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="34" />
            <location filename="../../dealerapp/ui/pages/orders.py" line="77" />
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="79" />
            <source>Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage on the left; a locked specification can no longer be changed.</source>
            <translation>Jedes bestellte Fahrzeug von der Bestellung bis zur Auslieferung, nach den Statuscodes des Herstellers. Wählen Sie links eine Stufe; eine gesperrte Ausstattung lässt sich nicht mehr ändern.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="37" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="105" />
            <source>Setup</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="107" />
            <source>The cars you sell by allocation, the markets you sell in and your dealers, with what their letters need. Shares and units are kept on Allocations.</source>
            <translation>Die Fahrzeuge, die Sie nach Kontingent verkaufen, Ihre Märkte und Händler mit dem, was ihre Briefe brauchen. Anteile und Fahrzeuge stehen unter Kontingente.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="31" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="73" />
            <source>Waitlist</source>
            <translation>Warteliste</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="75" />
            <source>Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver.</source>
            <translation>Jeder Kunde in der Warteliste jedes Händlers, und ob ein Fahrzeug für ihn da ist. Rechtsklick auf einen Eintrag (oder die Tastenkürzel) zum Verschieben, Zuteilen, Stornieren, Erstatten oder Ausliefern.</translation>
        </message>
    </context>
    <context>
        <name>ProgramForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="82" />
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="82" />
            <source>e.g. Chevrolet Corvette Z06</source>
            <translation>z. B. Chevrolet Corvette Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="85" />
            <source>Code *</source>
            <translation>Code *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="85" />
            <source>a short code staff type, e.g. Z06</source>
            <translation>ein kurzer Code für die Eingabe, z. B. Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="88" />
            <source>Manufacturer (OEM) *</source>
            <translation>Hersteller (OEM) *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="88" />
            <source>e.g. GM, BMW, Ford</source>
            <translation>z. B. GM, BMW, Ford</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="94" />
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="97" />
            <source>Planned run</source>
            <translation>Geplante Stückzahl</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="99" />
            <source>Other names in memos</source>
            <translation>Andere Namen in Mitteilungen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="100" />
            <source>separated by semicolons: Z06; C8 Z06</source>
            <translation>durch Semikolons getrennt: Z06; C8 Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="103" />
            <source>Plurals and possessives (Z06s, the Z06's) are understood without these.</source>
            <translation>Plural- und Besitzformen (Z06s, the Z06's) werden auch ohne diese Angabe erkannt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="110" />
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="113" />
            <source>{codes} order status codes</source>
            <translation>Bestellstatus-Codes von {codes}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="116" />
            <source>Order status codes</source>
            <translation>Bestellstatus-Codes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>OEM</source>
            <translation>Hersteller</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="167" />
            <source>Still needed: {fields}.</source>
            <translation>Es fehlt noch: {fields}.</translation>
        </message>
    </context>
    <context>
        <name>ProgramStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="304" />
            <source>&lt;b&gt;The car you sell by allocation.&lt;/b&gt; The name memos use for it, and whose order status codes its orders follow.</source>
            <translation>&lt;b&gt;Das Fahrzeug, das Sie über Kontingente verkaufen.&lt;/b&gt; Der Name, den Mitteilungen dafür verwenden, und wessen Bestellstatus-Codes seine Bestellungen folgen.</translation>
        </message>
    </context>
    <context>
        <name>RecipientTable</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Pos.</source>
            <translation>Platz</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
    </context>
    <context>
        <name>ResultBar</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/result_bar.py" line="32" />
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>SetupFlow</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="44" />
            <source>Your dealership</source>
            <translation>Ihr Autohaus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="45" />
            <source>The car</source>
            <translation>Das Fahrzeug</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="46" />
            <source>Its allocation</source>
            <translation>Sein Kontingent</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="47" />
            <source>Your customers</source>
            <translation>Ihre Kunden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="56" />
            <source>Set up your dealership</source>
            <translation>Ihr Autohaus einrichten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="83" />
            <source>Finish later</source>
            <translation>Später abschließen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="85" />
            <source>Skip this step</source>
            <translation>Schritt überspringen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="87" />
            <location filename="../../dealerapp/ui/setup_flow.py" line="123" />
            <source>Save and continue</source>
            <translation>Speichern und weiter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="123" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="191" />
            <source>Saving your dealership</source>
            <translation>Ihr Autohaus wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="192" />
            <source>Saving your dealership: not saved</source>
            <translation>Ihr Autohaus wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="206" />
            <source>Saving the program</source>
            <translation>Programm wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="207" />
            <source>Saving the program: not saved</source>
            <translation>Das Programm wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="226" />
            <source>Granting the allocation</source>
            <translation>Kontingent wird zugeteilt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="227" />
            <source>Granting the allocation: not saved</source>
            <translation>Das Kontingent wurde nicht zugeteilt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="243" />
            <source>Adding the customer</source>
            <translation>Kunde wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="244" />
            <source>The customer was not added</source>
            <translation>Der Kunde wurde nicht hinzugefügt</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="45" />
            <source>in use</source>
            <translation>in Betrieb</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="46" />
            <source>retired {date}</source>
            <translation>stillgelegt am {date}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="52" />
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="53" />
            <source>US Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="54" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="55" />
            <source>ours</source>
            <translation>unser</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="56" />
            <source>group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="124" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="205" />
            <source>Guided set-up…</source>
            <translation>Geführte Einrichtung…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="134" />
            <source>Programs</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="135" />
            <source>Add a program…</source>
            <translation>Programm hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="136" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="143" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="147" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="137" />
            <source>Retire…</source>
            <translation>Stilllegen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="138" />
            <source>Bring back</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="139" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="141" />
            <source>Markets</source>
            <translation>Märkte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="142" />
            <source>Add a market…</source>
            <translation>Markt hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="145" />
            <source>Dealers</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="146" />
            <source>Add a dealer…</source>
            <translation>Händler hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="198" />
            <source>&lt;b&gt;Set-up:&lt;/b&gt; {steps}&lt;br&gt;Next: {step}.</source>
            <translation>&lt;b&gt;Einrichtung:&lt;/b&gt; {steps}&lt;br&gt;Als Nächstes: {step}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="202" />
            <source>&lt;b&gt;Set-up:&lt;/b&gt; {steps}&lt;br&gt;All done.</source>
            <translation>&lt;b&gt;Einrichtung:&lt;/b&gt; {steps}&lt;br&gt;Alles erledigt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="205" />
            <source>Continue the set-up…</source>
            <translation>Einrichtung fortsetzen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="212" />
            <source>Setup</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="212" />
            <source>Choose a row in the table first.</source>
            <translation>Wählen Sie zuerst eine Zeile in der Tabelle.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="236" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="323" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="364" />
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="236" />
            <source>Add a program</source>
            <translation>Programm hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="237" />
            <source>A limited vehicle you sell by allocation.</source>
            <translation>Ein limitiertes Fahrzeug, das Sie über Kontingente verkaufen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="251" />
            <source>Adding the program</source>
            <translation>Programm wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="251" />
            <source>Adding the program: not saved</source>
            <translation>Das Programm wurde nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="265" />
            <source>Changing the program</source>
            <translation>Programm wird geändert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="266" />
            <source>Changing the program: not saved</source>
            <translation>Das Programm wurde nicht geändert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="274" />
            <source>Retire {program}? It then takes no new customers and no new units; everything it has stays as it is.

{count} customer(s) are still waiting for the {code}: they stay on the waitlist, keep their flags and still need to be told.</source>
            <translation>{program} stilllegen? Es nimmt dann keine neuen Kunden und keine neuen Fahrzeuge mehr auf; alles Bisherige bleibt, wie es ist.

{count} Kunde(n) warten noch auf den {code}: sie bleiben auf der Warteliste, behalten ihre Markierung und müssen noch benachrichtigt werden.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="280" />
            <source>Retire {program}? It then takes no new customers and no new units; everything it has stays as it is.</source>
            <translation>{program} stilllegen? Es nimmt dann keine neuen Kunden und keine neuen Fahrzeuge mehr auf; alles Bisherige bleibt, wie es ist.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="283" />
            <source>Retire the program?</source>
            <translation>Programm stilllegen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="286" />
            <source>Retiring the program</source>
            <translation>Programm wird stillgelegt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="287" />
            <source>Retiring the program: not saved</source>
            <translation>Das Programm wurde nicht stillgelegt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="293" />
            <source>Bringing the program back</source>
            <translation>Programm wird reaktiviert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="294" />
            <source>Bringing the program back: not saved</source>
            <translation>Das Programm wurde nicht reaktiviert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="302" />
            <source>Not deleted</source>
            <translation>Nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="303" />
            <source>{program} has customers, ledger rows or memos; a program with history is retired, never deleted.</source>
            <translation>{program} hat Kunden, Buchungen im Kontingentbuch oder Mitteilungen; ein Programm mit Vorgeschichte wird stillgelegt, nie gelöscht.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="308" />
            <source>Delete the program?</source>
            <translation>Programm löschen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="309" />
            <source>Delete {program}?</source>
            <translation>{program} löschen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="313" />
            <source>Deleting the program</source>
            <translation>Programm wird gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="314" />
            <source>Deleting the program: not saved</source>
            <translation>Das Programm wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="323" />
            <source>Add a market</source>
            <translation>Markt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="324" />
            <source>A country you sell in.</source>
            <translation>Ein Land, in dem Sie verkaufen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="337" />
            <source>Adding the market</source>
            <translation>Markt wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="337" />
            <source>Adding the market: not saved</source>
            <translation>Der Markt wurde nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="351" />
            <source>Changing the market</source>
            <translation>Markt wird geändert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="351" />
            <source>Changing the market: not saved</source>
            <translation>Der Markt wurde nicht geändert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="364" />
            <source>Add a dealer</source>
            <translation>Händler hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="365" />
            <source>Everything its letterhead needs.</source>
            <translation>Alles, was sein Briefkopf braucht.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="392" />
            <source>Adding the dealer</source>
            <translation>Händler wird hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="392" />
            <source>Adding the dealer: not saved</source>
            <translation>Der Händler wurde nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="411" />
            <source>Changing the dealer</source>
            <translation>Händler wird geändert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="411" />
            <source>Changing the dealer: not saved</source>
            <translation>Der Händler wurde nicht geändert</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="31" />
            <source>the daily waitlist work, letters, imports</source>
            <translation>die tägliche Arbeit an der Warteliste, Briefe, Importe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="34" />
            <source>also memos, allocation cuts and transfers, letter templates</source>
            <translation>zusätzlich Mitteilungen, Kürzungen und Übertragungen von Kontingenten, Briefvorlagen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="38" />
            <source>also the staff list</source>
            <translation>zusätzlich die Mitarbeiterliste</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="46" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="123" />
            <source>Staff and roles</source>
            <translation>Mitarbeiter und Rollen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="51" />
            <source>Once someone is on this list, applying or reverting memos, cutting or transferring allocations and editing letter templates need a manager, and this list an admin. The first person added must be an admin.</source>
            <translation>Sobald jemand auf dieser Liste steht, erfordern das Anwenden oder Zurücknehmen von Mitteilungen, das Kürzen oder Übertragen von Kontingenten und das Bearbeiten von Briefvorlagen einen Manager, und diese Liste einen Administrator. Die erste eingetragene Person muss Administrator sein.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="80" />
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="81" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="82" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="71" />
            <source>their login (on the shared server: the database login)</source>
            <translation>Anmeldename der Person (auf dem gemeinsamen Server: die Datenbankanmeldung)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="78" />
            <source>may work here</source>
            <translation>darf hier arbeiten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="85" />
            <source>Save this person</source>
            <translation>Diese Person speichern</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="102" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="102" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="122" />
            <source>Saving the staff list</source>
            <translation>Mitarbeiterliste wird gespeichert</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="68" />
            <source>dealerapp is incomplete</source>
            <translation>dealerapp ist unvollständig</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="69" />
            <source>Files that come with dealerapp are missing, so it cannot start:

{files}

Install dealerapp again.</source>
            <translation>Dateien, die zu dealerapp gehören, fehlen, deshalb kann es nicht starten:

{files}

Installieren Sie dealerapp bitte erneut.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="118" />
            <source>About this database</source>
            <translation>Zu dieser Datenbank</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="194" />
            <source>The database is damaged</source>
            <translation>Die Datenbank ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="202" />
            <source>Restore the backup taken {when} now? The damaged file is kept among the backups.</source>
            <translation>Die Sicherung vom {when} jetzt wiederherstellen? Die beschädigte Datei wird bei den Sicherungen aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="216" />
            <source>The backup could not be restored</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="173" />
            <location filename="../../dealerapp/ui/app.py" line="183" />
            <source>dealerapp cannot open the database</source>
            <translation>dealerapp kann die Datenbank nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="239" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="241" />
            <source>The window keeps running; nothing half-done was saved. What happened and where is written to the log: {log}</source>
            <translation>Das Fenster läuft weiter; nichts Halbfertiges wurde gespeichert. Was wo geschah, steht im Protokoll: {log}</translation>
        </message>
    </context>
    <context>
        <name>StartChoices</name>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="29" />
            <source>dealerapp databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>dealerapp-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="47" />
            <source>Demo data loaded: {count} waitlist entries</source>
            <translation>Demodaten geladen: {count} Einträge auf Wartelisten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="56" />
            <source>Loading the demo data</source>
            <translation>Demodaten werden geladen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="65" />
            <source>Replace all data?</source>
            <translation>Alle Daten ersetzen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="66" />
            <source>This database already holds data. Loading the demo data deletes every dealer, customer, entry and memo in it first.

Replace everything with the demo?</source>
            <translation>Diese Datenbank enthält bereits Daten. Beim Laden der Demodaten werden zuerst alle Händler, Kunden, Einträge und Mitteilungen darin gelöscht.

Alles durch die Demo ersetzen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="79" />
            <source>Setup</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="104" />
            <source>Open a dealerapp database</source>
            <translation>dealerapp-Datenbank öffnen</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="277" />
            <source>Status of order {number}</source>
            <translation>Status der Bestellung {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="292" />
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="293" />
            <source>As of</source>
            <translation>Gültig ab</translation>
        </message>
    </context>
    <context>
        <name>SupplyChart</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="22" />
            <source>Have a unit</source>
            <translation>Mit Fahrzeug</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="23" />
            <source>Covered</source>
            <translation>Gedeckt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="24" />
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="25" />
            <source>Unservable</source>
            <translation>Nicht bedienbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="35" />
            <source>Customers per market</source>
            <translation>Kunden pro Markt</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../../dealerapp/ui/tasks.py" line="184" />
            <source>Something went wrong: {error}

Nothing was half-written: the change was undone. The details are in the log in {folder}.</source>
            <translation>Etwas ist schiefgegangen: {error}

Nichts wurde halb geschrieben: die Änderung wurde zurückgenommen. Die Einzelheiten stehen im Protokoll in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="36" />
            <source>Edit a copy of “{name}” ({language})</source>
            <translation>Kopie von „{name}“ bearbeiten ({language})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="45" />
            <source>Jinja2 template of the letter's HTML. Values such as {{ customer.name }} are escaped for you. Saved as your own copy; the built-in letter stays as it is.</source>
            <translation>Jinja2-Vorlage für das HTML des Briefs. Werte wie {{ customer.name }} werden für Sie maskiert. Gespeichert wird Ihre eigene Kopie; der mitgelieferte Brief bleibt, wie er ist.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="79" />
            <source>No customer to show the letter for.</source>
            <translation>Kein Kunde, für den der Brief gezeigt werden kann.</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="83" />
            <source>Transfer units</source>
            <translation>Fahrzeuge übertragen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="84" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="89" />
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="93" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="97" />
            <source>Give at least 1 unit.</source>
            <translation>Geben Sie mindestens 1 Fahrzeug an.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="99" />
            <source>There is no other dealer in this market.</source>
            <translation>In diesem Markt gibt es keinen anderen Händler.</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="21" />
            <source>Redo: {what}</source>
            <translation>Wiederholen: {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="22" />
            <source>Redone: {what}</source>
            <translation>Wiederholt: {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="23" />
            <source>Undo: {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="24" />
            <source>Undone: {what}</source>
            <translation>Rückgängig gemacht: {what}</translation>
        </message>
    </context>
    <context>
        <name>UnitsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="61" />
            <source>Grant units</source>
            <translation>Fahrzeuge zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="61" />
            <source>Cut units</source>
            <translation>Fahrzeuge streichen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="62" />
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="67" />
            <source>Units</source>
            <translation>Fahrzeuge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="69" />
            <source>YYYY-MM, optional</source>
            <translation>JJJJ-MM, optional</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="70" />
            <source>For month</source>
            <translation>Für Monat</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="74" />
            <source>Give at least 1 unit.</source>
            <translation>Geben Sie mindestens 1 Fahrzeug an.</translation>
        </message>
    </context>
    <context>
        <name>Value</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="99" />
            <source>covered</source>
            <translation>gedeckt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="100" />
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="101" />
            <source>unservable</source>
            <translation>nicht bedienbar</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="102" />
            <source>waiting</source>
            <translation>wartend</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="103" />
            <source>assigned</source>
            <translation>zugeteilt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="104" />
            <source>ordered</source>
            <translation>bestellt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="105" />
            <source>delivered</source>
            <translation>ausgeliefert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="106" />
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="107" />
            <source>refunded</source>
            <translation>erstattet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="108" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="109" />
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="110" />
            <source>filled</source>
            <translation>ausgeschöpft</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="111" />
            <source>closed and filled</source>
            <translation>geschlossen und ausgeschöpft</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="112" />
            <source>official</source>
            <translation>offiziell</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="113" />
            <source>rumor</source>
            <translation>Gerücht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="114" />
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="115" />
            <source>applied</source>
            <translation>angewendet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="116" />
            <source>reverted</source>
            <translation>zurückgenommen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="117" />
            <source>dismissed</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="119" />
            <source>Entered</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="120" />
            <source>Scheduled</source>
            <translation>Eingeplant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="121" />
            <source>In production</source>
            <translation>In Produktion</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="122" />
            <source>Built</source>
            <translation>Gebaut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="123" />
            <source>In transit</source>
            <translation>Unterwegs</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="124" />
            <source>At dealer</source>
            <translation>Beim Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="125" />
            <source>Delivered</source>
            <translation>Ausgeliefert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="126" />
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="127" />
            <source>On hold</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="128" />
            <source>Your dealership</source>
            <translation>Ihr Autohaus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="129" />
            <source>The car you sell by allocation</source>
            <translation>Das Auto, das Sie nach Kontingent verkaufen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="130" />
            <source>Its allocation</source>
            <translation>Sein Kontingent</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="131" />
            <source>Your customers</source>
            <translation>Ihre Kunden</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="117" />
            <source>Choose an entry to see it here.</source>
            <translation>Wählen Sie einen Eintrag, um ihn hier zu sehen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="132" />
            <source>Show only one program</source>
            <translation>Nur ein Programm zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="133" />
            <source>Show only one market</source>
            <translation>Nur einen Markt zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Show only one dealer</source>
            <translation>Nur einen Händler zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="136" />
            <source>Show only one flag</source>
            <translation>Nur eine Markierung zeigen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="141" />
            <source>Find: customer, dealer, status, specification…</source>
            <translation>Suchen: Kunde, Händler, Status, Ausstattung…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="144" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="144" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="145" />
            <source>Dealer</source>
            <translation>Händler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="145" />
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="162" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="181" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="242" />
            <source>{shown} of {total} entries</source>
            <translation>{shown} von {total} Einträgen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="244" />
            <source>{total} entries</source>
            <translation>{total} Einträge</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="278" />
            <source>the first {shown}; reading the others…</source>
            <translation>die ersten {shown}; die übrigen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="297" />
            <source>The filters were changed to show the customer just added.</source>
            <translation>Die Filter wurden geändert, um den eben hinzugefügten Kunden zu zeigen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="347" />
            <source>&amp;Add customer…</source>
            <translation>&amp;Neuer Kunde…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="349" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="350" />
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="352" />
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="355" />
            <source>A&amp;ssign a unit</source>
            <translation>&amp;Zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="358" />
            <source>&amp;Cancel entry…</source>
            <translation>&amp;Stornieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="361" />
            <source>&amp;Refund deposit…</source>
            <translation>&amp;Erstatten…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="364" />
            <source>Mark &amp;delivered</source>
            <translation>Ausge&amp;liefert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="367" />
            <source>&amp;Write a letter…</source>
            <translation>Brief &amp;schreiben…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="370" />
            <source>E&amp;xport the customer's data…</source>
            <translation>Kundendaten e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="373" />
            <source>Erase the customer's personal data…</source>
            <translation>Personenbezogene Daten des Kunden löschen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="378" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="380" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="439" />
            <source>Over-subscribed</source>
            <translation>Überbucht</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="451" />
            <source>Add customer</source>
            <translation>Kunde hinzufügen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="494" />
            <source>Edit {customer}</source>
            <translation>{customer} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="510" />
            <source>A reason is required (it is kept with the change). {prompt}</source>
            <translation>Ein Grund ist nötig (er wird mit der Änderung festgehalten). {prompt}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="522" />
            <source>Move entry</source>
            <translation>Eintrag verschieben</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="523" />
            <source>Why does {customer} move to {target}?</source>
            <translation>Warum rückt {customer} auf Platz {target}?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="533" />
            <source>Move {customer} to {target}</source>
            <translation>{customer} auf Platz {target}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="551" />
            <source>Assign out of order</source>
            <translation>Außer der Reihe zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="553" />
            <source>{count} customer(s) are ahead of {customer}. Why do they get the unit?</source>
            <translation>{count} Kunde(n) stehen vor {customer}. Warum bekommt dieser das Fahrzeug?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="560" />
            <source>Assign a unit to {customer}</source>
            <translation>{customer} ein Fahrzeug zuteilen</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="571" />
            <source>Cancel entry</source>
            <translation>Eintrag stornieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="572" />
            <source>Why is {customer}'s entry cancelled?</source>
            <translation>Warum wird der Eintrag von {customer} storniert?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="577" />
            <source>Cancel {customer}</source>
            <translation>{customer} stornieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="588" />
            <source>Refund deposit</source>
            <translation>Anzahlung erstatten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="589" />
            <source>Why is {customer}'s deposit refunded?</source>
            <translation>Warum wird die Anzahlung von {customer} erstattet?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="594" />
            <source>Refund {customer}</source>
            <translation>{customer} erstatten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="605" />
            <source>Deliver to {customer}</source>
            <translation>An {customer} ausliefern</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="618" />
            <source>A unit came free</source>
            <translation>Ein Fahrzeug wurde frei</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="24" />
            <source>Welcome to dealerapp</source>
            <translation>Willkommen bei dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="33" />
            <source>Allocations, waitlists and customer letters for a car there is not enough of. This database is empty. How would you like to start?</source>
            <translation>Kontingente, Wartelisten und Kundenbriefe für ein Auto, von dem es nicht genug gibt. Diese Datenbank ist leer. Wie möchten Sie beginnen?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="48" />
            <source>Set up my dealership</source>
            <translation>Mein Autohaus einrichten</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="49" />
            <source>Your dealership, the car you sell by allocation, its units and your customers, in four short steps. Each can be finished later from the Setup page.</source>
            <translation>Ihr Autohaus, das Auto, das Sie nach Kontingent verkaufen, seine Fahrzeuge und Ihre Kunden, in vier kurzen Schritten. Jeden können Sie später auf der Seite „Einrichtung“ abschließen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="53" />
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="54" />
            <source>The story of the BMW 1M allocation: 9 markets, 31 dealers and about 500 customers, to see dealerapp at work. Your own data can replace it later.</source>
            <translation>Die Geschichte der Zuteilung des BMW 1M: 9 Märkte, 31 Händler und rund 500 Kunden, um dealerapp bei der Arbeit zu sehen. Ihre eigenen Daten können sie später ersetzen.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="57" />
            <source>Open a database file…</source>
            <translation>Datenbankdatei öffnen…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="58" />
            <source>A dealerapp file from another desk, or a copy from the backups folder.</source>
            <translation>Eine dealerapp-Datei von einem anderen Arbeitsplatz oder eine Kopie aus dem Sicherungsordner.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="60" />
            <source>Connect to a shared server…</source>
            <translation>Mit einem gemeinsamen Server verbinden…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="61" />
            <source>Your dealer group's PostgreSQL server, where several desks share one database. The connection is tried before it is kept.</source>
            <translation>Der PostgreSQL-Server Ihrer Händlergruppe, über den sich mehrere Arbeitsplätze eine Datenbank teilen. Die Verbindung wird geprüft, bevor sie übernommen wird.</translation>
        </message>
    </context>
    <context>
        <name>WhoDialog</name>
        <message>
            <location filename="../../dealerapp/ui/who_dialog.py" line="19" />
            <source>Who is working?</source>
            <translation>Wer arbeitet gerade?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/who_dialog.py" line="22" />
            <source>Choose your name. The audit log records it with every change.</source>
            <translation>Wählen Sie Ihren Namen. Das Protokoll vermerkt ihn bei jeder Änderung.</translation>
        </message>
    </context>
    <context>
        <name>_LedgerDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="32" />
            <source>Why (kept in the ledger and the audit log)</source>
            <translation>Warum (wird im Kontingentbuch und im Protokoll festgehalten)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="41" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="47" />
            <source>A reason is required.</source>
            <translation>Ein Grund ist erforderlich.</translation>
        </message>
    </context>
</TS>