"""Translations of the window's frame: menus, navigation, pages, the dashboard, the waitlist."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("Column", "Dealer"): ("Händler", "Concessionnaire"),
    ("Column", "Market"): ("Markt", "Marché"),
    ("Column", "Alloc."): ("Zuget.", "Attrib."),
    ("Column", "Units allocated (the sum of the ledger)"): (
        "Zugeteilte Fahrzeuge (Summe des Kontingentbuchs)",
        "Véhicules attribués (somme du registre)",
    ),
    ("Column", "Assigned"): ("Vergeben", "Affectés"),
    ("Column", "Units held by assigned, ordered or delivered entries"): (
        "Fahrzeuge für vergebene, bestellte oder ausgelieferte Einträge",
        "Véhicules des réservations affectées, commandées ou livrées",
    ),
    ("Column", "Free"): ("Frei", "Libres"),
    ("Column", "Units not yet assigned"): ("Noch nicht vergebene Fahrzeuge", "Véhicules pas encore affectés"),
    ("Column", "Waiting"): ("Wartend", "En attente"),
    ("Column", "Customers waiting"): ("Wartende Kunden", "Clients en attente"),
    ("Column", "Covered"): ("Gedeckt", "Couverts"),
    ("Column", "Waiting customers a unit is there for"): (
        "Wartende Kunden, für die ein Fahrzeug da ist",
        "Clients en attente pour qui un véhicule est prévu",
    ),
    ("Column", "Pending"): ("Ausstehend", "En suspens"),
    ("Column", "Waiting customers with no unit yet; more may come"): (
        "Wartende Kunden ohne Fahrzeug; es können noch welche kommen",
        "Clients en attente sans véhicule ; d’autres peuvent venir",
    ),
    ("Column", "Unserv."): ("Nicht bed.", "Non serv."),
    ("Column", "Waiting customers who cannot be served"): (
        "Wartende Kunden, die nicht bedient werden können",
        "Clients en attente qui ne pourront pas être servis",
    ),
    ("Column", "Letters"): ("Briefe", "Lettres"),
    ("Column", "Letters owed: unservable customers not yet told, and corrections owed"): (
        "Offene Briefe: noch nicht benachrichtigte Kunden ohne Fahrzeug und fällige Korrekturen",
        "Lettres dues : clients non servables pas encore prévenus et rectificatifs dus",
    ),
    ("Column", "State"): ("Status", "État"),
    ("Column", "Share"): ("Anteil", "Part"),
    ("Column", "The market's national share of the program"): (
        "Der Anteil des Marktes am Programm", "La part nationale du marché dans le programme"
    ),
    ("Column", "When"): ("Wann", "Quand"),
    ("Column", "For"): ("Für", "Pour"),
    ("Column", "Units"): ("Fahrzeuge", "Véhicules"),
    ("Column", "Kind"): ("Art", "Type"),
    ("Column", "Month"): ("Monat", "Mois"),
    ("Column", "Source"): ("Quelle", "Source"),
    ("Column", "By"): ("Von", "Par"),
    ("Column", "Reason"): ("Grund", "Motif"),
    ("Column", "Who"): ("Wer", "Qui"),
    ("Column", "What"): ("Was", "Quoi"),
    ("Column", "Summary"): ("Zusammenfassung", "Résumé"),
    ("Column", "Date"): ("Datum", "Date"),
    ("Column", "Sender"): ("Absender", "Expéditeur"),
    ("Column", "Confidence"): ("Verlässlichkeit", "Fiabilité"),
    ("Column", "Memo"): ("Mitteilung", "Note"),
    ("Column", "Subject"): ("Betreff", "Objet"),
    ("Column", "Directives"): ("Anweisungen", "Directives"),
    ("Column", "File"): ("Datei", "Fichier"),
    ("Column", "Order"): ("Bestellung", "Commande"),
    ("Column", "Customer"): ("Kunde", "Client"),
    ("Column", "Program"): ("Programm", "Programme"),
    ("Column", "Code"): ("Code", "Code"),
    ("Column", "Stage"): ("Stufe", "Étape"),
    ("Column", "Since"): ("Seit", "Depuis"),
    ("Column", "Week"): ("Woche", "Semaine"),
    ("Column", "VIN"): ("FIN", "VIN"),
    ("Column", "ETA"): ("Ankunft", "Arrivée"),
    ("Column", "Status"): ("Status", "Statut"),
    ("Column", "Name"): ("Name", "Nom"),
    ("Column", "OEM"): ("Hersteller", "Constructeur"),
    ("Column", "Planned run"): ("Geplante Stückzahl", "Série prévue"),
    ("Column", "Order codes"): ("Bestellcodes", "Codes de commande"),
    ("Column", "Also called in memos"): ("In Mitteilungen auch", "Aussi appelé dans les notes"),
    ("Column", "Language"): ("Sprache", "Langue"),
    ("Column", "Locale"): ("Gebietsschema", "Paramètres régionaux"),
    ("Column", "Currency"): ("Währung", "Devise"),
    ("Column", "Paper"): ("Papier", "Papier"),
    ("Column", "Dealers"): ("Händler", "Concessionnaires"),
    ("Column", "National share"): ("Landesanteil", "Part nationale"),
    ("Column", "City"): ("Ort", "Ville"),
    ("Column", "Signed by"): ("Unterzeichnet von", "Signé par"),
    ("Column", "Logo"): ("Logo", "Logo"),
    ("Column", "Ours"): ("Unser", "Nôtre"),
    ("Column", "Ours: a rooftop that uses this database; group: another dealer of the group"): (
        "Unser: ein Standort, der diese Datenbank nutzt; Gruppe: ein anderer Händler der Gruppe",
        "Nôtre : un site qui utilise cette base ; groupe : un autre concessionnaire du groupe",
    ),
    ("Column", "Entries"): ("Einträge", "Réservations"),
    ("Column", "Position"): ("Platz", "Place"),
    ("Column", "Joined"): ("Seit", "Inscrit le"),
    ("Column", "Flag"): ("Markierung", "Indicateur"),
    ("Column", "Told"): ("Informiert", "Prévenu"),
    ("Column", "When the customer was last sent a letter"): (
        "Wann der Kunde zuletzt einen Brief erhielt", "Date de la dernière lettre au client"
    ),
    ("Column", "Deposit"): ("Anzahlung", "Acompte"),
    ("Column", "Specification"): ("Ausstattung", "Configuration"),
    ("Column", "Now"): ("Jetzt", "Maintenant"),
    ("Column", "Would be"): ("Würde", "Deviendrait"),
    ("DashboardPage", "Program"): ("Programm", "Programme"),
    ("DashboardPage", "Double-click to see these customers in the waitlist"): (
        "Doppelklicken, um diese Kunden in der Warteliste zu sehen",
        "Double-cliquez pour voir ces clients dans la liste d’attente",
    ),
    ("DashboardPage", "Markets"): ("Märkte", "Marchés"),
    ("DashboardPage", "Dealers"): ("Händler", "Concessionnaires"),
    ("DashboardPage", "Action needed"): ("Zu tun", "À faire"),
    ("DashboardPage", "Latest memos"): ("Neueste Mitteilungen", "Dernières notes"),
    ("DashboardPage", "Open the {page} page on these"): (
        "Die Seite {page} mit diesen öffnen", "Ouvrir la page {page} sur ceux-ci"
    ),
    ("DashboardPage", "Nothing needs doing right now."): (
        "Im Moment ist nichts zu tun.", "Rien à faire pour l’instant."
    ),
    ("DashboardPage", "{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned · {waiting} waiting: {covered} covered, {pending} pending, {unservable} unservable · {owed} letters owed"): (
        "{allocated} Fahrzeuge an Händler zugeteilt, {assigned} vergeben, {free} frei · "
        "{waiting} wartend: {covered} gedeckt, {pending} ausstehend, {unservable} nicht bedienbar · "
        "{owed} Briefe offen",
        "{allocated} véhicules attribués aux concessionnaires, {assigned} affectés, {free} "
        "libres · {waiting} en attente : {covered} couverts, {pending} en suspens, "
        "{unservable} non servables · {owed} lettres dues",
    ),
    ("MainWindow", "&File"): ("&Datei", "&Fichier"),
    ("MainWindow", "Set up your &dealership…"): ("Ihr &Autohaus einrichten…", "Configurer votre &concession…"),
    ("MainWindow", "&Open a database file…"): ("Datenbankdatei ö&ffnen…", "&Ouvrir un fichier de base…"),
    ("MainWindow", "&Connect to a shared server…"): (
        "Mit einem gemeinsamen &Server verbinden…", "Se &connecter à un serveur partagé…"
    ),
    ("MainWindow", "Import a &waitlist…"): ("&Warteliste importieren…", "Importer une liste d’&attente…"),
    ("MainWindow", "Import a dealer &list…"): ("Händler&liste importieren…", "Importer une &liste de concessionnaires…"),
    ("MainWindow", "Import &order statuses…"): ("&Bestellstatus importieren…", "Importer les états de &commande…"),
    ("MainWindow", "&Export the waitlist…"): ("Warteliste &exportieren…", "&Exporter la liste d’attente…"),
    ("MainWindow", "&Backups…"): ("&Sicherungen…", "&Sauvegardes…"),
    ("MainWindow", "&Staff and roles…"): ("&Mitarbeiter und Rollen…", "&Équipe et rôles…"),
    ("MainWindow", "Load &demo data…"): ("&Demodaten laden…", "Charger les données de &démonstration…"),
    ("MainWindow", "&Quit"): ("&Beenden", "&Quitter"),
    ("MainWindow", "&View"): ("&Ansicht", "&Affichage"),
    ("MainWindow", "&Refresh"): ("A&ktualisieren", "&Actualiser"),
    ("MainWindow", "&Help"): ("&Hilfe", "Aid&e"),
    ("MainWindow", "&About dealerapp"): ("Ü&ber dealerapp", "À &propos de dealerapp"),
    ("MainWindow", "&Language"): ("&Sprache", "&Langue"),
    ("MainWindow", "The window will be in %1 from the next start."): (
        "Das Fenster erscheint ab dem nächsten Start auf %1.",
        "La fenêtre sera en %1 au prochain démarrage.",
    ),
    ("Page", "Allocations"): ("Kontingente", "Attributions"),
    ("Page", "Each market's share and state, each dealer's units, and the ledger behind them. Every change is a new ledger row with a reason; nothing is overwritten."): (
        "Anteil und Status jedes Marktes, die Fahrzeuge jedes Händlers und das Kontingentbuch "
        "dahinter. Jede Änderung ist eine neue Buchung mit Grund; nichts wird überschrieben.",
        "La part et l’état de chaque marché, les véhicules de chaque concessionnaire et le "
        "registre qui les explique. Chaque changement est une nouvelle ligne avec son motif ; "
        "rien n’est écrasé.",
    ),
    ("Page", "Audit"): ("Protokoll", "Journal"),
    ("Page", "Every change that matters, newest first: who made it, when, and what it was. Filter by person, kind of work, words or dates."): (
        "Jede wichtige Änderung, die neueste zuerst: wer, wann und was. Filtern nach Person, "
        "Art der Arbeit, Wörtern oder Datum.",
        "Chaque changement qui compte, du plus récent au plus ancien : qui, quand et quoi. "
        "Filtrer par personne, type de travail, mots ou dates.",
    ),
    ("Page", "Dashboard"): ("Übersicht", "Tableau de bord"),
    ("Page", "Supply against the waitlist for one program, from the ledger as committed. Click a line under Action needed, or double-click a market or dealer, to go to its customers."): (
        "Angebot und Warteliste eines Programms, wie gebucht. Klicken Sie eine Zeile unter "
        "„Zu tun“ oder doppelklicken Sie einen Markt oder Händler, um zu seinen Kunden zu gehen.",
        "L’offre face à la liste d’attente d’un programme, telle qu’enregistrée. Cliquez une "
        "ligne sous « À faire », ou double-cliquez un marché ou un concessionnaire, pour voir "
        "ses clients.",
    ),
    ("Page", "Letters"): ("Briefe", "Lettres"),
    ("Page", "Tell customers where they stand. Choose the letter and who gets it, look at it, then print it or save PDFs; mark them sent so nobody is told the same news twice."): (
        "Sagen Sie den Kunden, wo sie stehen. Wählen Sie den Brief und die Empfänger, sehen Sie "
        "ihn an, drucken Sie ihn oder speichern Sie PDFs; als versendet markiert, erfährt "
        "niemand dieselbe Nachricht zweimal.",
        "Dites aux clients où ils en sont. Choisissez la lettre et ses destinataires, "
        "relisez-la, puis imprimez-la ou enregistrez des PDF ; marquées comme envoyées, "
        "personne ne reçoit deux fois la même nouvelle.",
    ),
    ("Page", "Memos"): ("Mitteilungen", "Notes"),
    ("Page", "Bring in a memo (drop a file on the window, Ctrl+I, or paste its text), see what it says and whom it affects, then apply it. Rumors can only be looked at as scenarios."): (
        "Holen Sie eine Mitteilung herein (Datei auf das Fenster ziehen, Strg+I oder Text "
        "einfügen), sehen Sie, was sie sagt und wen sie betrifft, und wenden Sie sie an. "
        "Gerüchte lassen sich nur als Szenario ansehen.",
        "Importez une note (déposez un fichier sur la fenêtre, Ctrl+I, ou collez son texte), "
        "voyez ce qu’elle dit et qui elle concerne, puis appliquez-la. Les rumeurs ne se "
        "consultent que comme scénarios.",
    ),
    ("Page", "Orders"): ("Bestellungen", "Commandes"),
    ("Page", "Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage on the left; a locked specification can no longer be changed."): (
        "Jedes bestellte Fahrzeug von der Bestellung bis zur Auslieferung, nach den Statuscodes "
        "des Herstellers. Wählen Sie links eine Stufe; eine gesperrte Ausstattung lässt sich "
        "nicht mehr ändern.",
        "Chaque véhicule commandé, de la commande à la livraison, selon les codes d’état du "
        "constructeur. Choisissez une étape à gauche ; une configuration verrouillée ne peut "
        "plus changer.",
    ),
    ("Page", "Setup"): ("Einrichtung", "Configuration"),
    ("Page", "The cars you sell by allocation, the markets you sell in and your dealers, with what their letters need. Shares and units are kept on Allocations."): (
        "Die Fahrzeuge, die Sie nach Kontingent verkaufen, Ihre Märkte und Händler mit dem, was "
        "ihre Briefe brauchen. Anteile und Fahrzeuge stehen unter Kontingente.",
        "Les voitures que vous vendez sur attribution, vos marchés et vos concessionnaires, "
        "avec ce que leurs lettres demandent. Parts et véhicules se gèrent sous Attributions.",
    ),
    ("Page", "Waitlist"): ("Warteliste", "Liste d’attente"),
    ("Page", "Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver."): (
        "Jeder Kunde in der Warteliste jedes Händlers, und ob ein Fahrzeug für ihn da ist. "
        "Rechtsklick auf einen Eintrag (oder die Tastenkürzel) zum Verschieben, Zuteilen, "
        "Stornieren, Erstatten oder Ausliefern.",
        "Chaque client dans la file de chaque concessionnaire, et si une voiture l’attend. "
        "Clic droit sur une réservation (ou les raccourcis) pour la déplacer, l’affecter, "
        "l’annuler, la rembourser ou la livrer.",
    ),
    ("WaitlistPage", "Choose an entry to see it here."): (
        "Wählen Sie einen Eintrag, um ihn hier zu sehen.", "Choisissez une réservation pour la voir ici."
    ),
    ("WaitlistPage", "Show only one program"): ("Nur ein Programm zeigen", "N’afficher qu’un programme"),
    ("WaitlistPage", "Show only one market"): ("Nur einen Markt zeigen", "N’afficher qu’un marché"),
    ("WaitlistPage", "Show only one dealer"): ("Nur einen Händler zeigen", "N’afficher qu’un concessionnaire"),
    ("WaitlistPage", "Show only one flag"): ("Nur eine Markierung zeigen", "N’afficher qu’un indicateur"),
    ("WaitlistPage", "Find: customer, dealer, status, specification…"): (
        "Suchen: Kunde, Händler, Status, Ausstattung…", "Chercher : client, concessionnaire, statut, configuration…"
    ),
    ("WaitlistPage", "Program"): ("Programm", "Programme"),
    ("WaitlistPage", "Market"): ("Markt", "Marché"),
    ("WaitlistPage", "Dealer"): ("Händler", "Concessionnaire"),
    ("WaitlistPage", "Flag"): ("Markierung", "Indicateur"),
    ("WaitlistPage", "All"): ("Alle", "Tous"),
    ("WaitlistPage", "{shown} of {total} entries"): ("{shown} von {total} Einträgen", "{shown} sur {total} réservations"),
    ("WaitlistPage", "{total} entries"): ("{total} Einträge", "{total} réservations"),
    ("WaitlistPage", "&Add customer…"): ("&Neuer Kunde…", "&Nouveau client…"),
    ("WaitlistPage", "&Edit…"): ("&Bearbeiten…", "&Modifier…"),
    ("WaitlistPage", "Move &up"): ("Nach &oben", "Monter"),
    ("WaitlistPage", "Move &down"): ("Nach &unten", "&Descendre"),
    ("WaitlistPage", "A&ssign a unit"): ("&Zuteilen", "A&ffecter"),
    ("WaitlistPage", "&Cancel entry…"): ("&Stornieren…", "A&nnuler…"),
    ("WaitlistPage", "&Refund deposit…"): ("&Erstatten…", "&Rembourser…"),
    ("WaitlistPage", "Mark &delivered"): ("Ausge&liefert", "&Livrée"),
    ("WaitlistPage", "&Write a letter…"): ("Brief &schreiben…", "&Écrire une lettre…"),
    ("WaitlistPage", "E&xport the customer's data…"): ("Kundendaten e&xportieren…", "E&xporter les données du client…"),
    ("WaitlistPage", "Erase the customer's personal data…"): (
        "Personenbezogene Daten des Kunden löschen…", "Effacer les données personnelles du client…"
    ),
    ("WaitlistPage", "&Undo"): ("&Rückgängig", "&Annuler"),
    ("WaitlistPage", "&Redo"): ("&Wiederholen", "&Rétablir"),
}

TRANSLATIONS.update(
    {
        ("MainWindow", "Database: {where}"): ("Datenbank: {where}", "Base de données : {where}"),
        ("MainWindow", "Database: {where} — read-only"): (
            "Datenbank: {where} — schreibgeschützt", "Base de données : {where} — lecture seule"
        ),
    }
)
