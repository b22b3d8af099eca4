<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Column</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="14" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="15" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="16" />
            <source>Alloc.</source>
            <translation>Attrib.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="17" />
            <source>Units allocated (the sum of the ledger)</source>
            <translation>Véhicules attribués (somme du registre)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="18" />
            <source>Assigned</source>
            <translation>Affectés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="19" />
            <source>Units held by assigned, ordered or delivered entries</source>
            <translation>Véhicules des réservations affectées, commandées ou livrées</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="20" />
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="21" />
            <source>Units not yet assigned</source>
            <translation>Véhicules pas encore affectés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="22" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="23" />
            <source>Customers waiting</source>
            <translation>Clients en attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="24" />
            <source>Covered</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="25" />
            <source>Waiting customers a unit is there for</source>
            <translation>Clients en attente pour qui un véhicule est prévu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="26" />
            <source>Pending</source>
            <translation>En suspens</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="27" />
            <source>Waiting customers with no unit yet; more may come</source>
            <translation>Clients en attente sans véhicule ; d’autres peuvent venir</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="28" />
            <source>Unserv.</source>
            <translation>Non serv.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="29" />
            <source>Waiting customers who cannot be served</source>
            <translation>Clients en attente qui ne pourront pas être servis</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="30" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="31" />
            <source>Letters owed: unservable customers not yet told, and corrections owed</source>
            <translation>Lettres dues : clients non servables pas encore prévenus et rectificatifs dus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="34" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="35" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="36" />
            <source>The market's national share of the program</source>
            <translation>La part nationale du marché dans le programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="37" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="38" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="39" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="40" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="41" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="42" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="43" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="44" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="45" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="46" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="47" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="48" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="49" />
            <source>Sender</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="50" />
            <source>Confidence</source>
            <translation>Fiabilité</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="51" />
            <source>Memo</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="52" />
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="53" />
            <source>Directives</source>
            <translation>Directives</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="54" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="55" />
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="56" />
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="57" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="58" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="59" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="60" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="61" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="62" />
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="63" />
            <source>ETA</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="64" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="65" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="66" />
            <source>OEM</source>
            <translation>Constructeur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="67" />
            <source>Planned run</source>
            <translation>Série prévue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="68" />
            <source>Order codes</source>
            <translation>Codes de commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="69" />
            <source>Also called in memos</source>
            <translation>Aussi appelé dans les notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="70" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="71" />
            <source>Locale</source>
            <translation>Paramètres régionaux</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="72" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="73" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="74" />
            <source>Dealers</source>
            <translation>Concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="75" />
            <source>National share</source>
            <translation>Part nationale</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="76" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="77" />
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="78" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="79" />
            <source>Ours</source>
            <translation>Nôtre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="80" />
            <source>Ours: a rooftop that uses this database; group: another dealer of the group</source>
            <translation>Nôtre : un site qui utilise cette base ; groupe : un autre concessionnaire du groupe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="83" />
            <source>Entries</source>
            <translation>Réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="84" />
            <source>Position</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="85" />
            <source>Joined</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="86" />
            <source>Flag</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="87" />
            <source>Told</source>
            <translation>Prévenu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="88" />
            <source>When the customer was last sent a letter</source>
            <translation>Date de la dernière lettre au client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="89" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="90" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="91" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="92" />
            <source>Would be</source>
            <translation>Deviendrait</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="101" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="146" />
            <source>Double-click to see these customers in the waitlist</source>
            <translation>Double-cliquez pour voir ces clients dans la liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="148" />
            <source>Markets</source>
            <translation>Marchés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="149" />
            <source>Dealers</source>
            <translation>Concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="153" />
            <source>Action needed</source>
            <translation>À faire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="154" />
            <source>Latest memos</source>
            <translation>Dernières notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="207" />
            <source>Open the {page} page on these</source>
            <translation>Ouvrir la page {page} sur ceux-ci</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="213" />
            <source>Nothing needs doing right now.</source>
            <translation>Rien à faire pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="217" />
            <source>{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned · {waiting} waiting: {covered} covered, {pending} pending, {unservable} unservable · {owed} letters owed</source>
            <translation>{allocated} véhicules attribués aux concessionnaires, {assigned} affectés, {free} libres · {waiting} en attente : {covered} couverts, {pending} en suspens, {unservable} non servables · {owed} lettres dues</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="217" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="221" />
            <source>Set up your &amp;dealership…</source>
            <translation>Configurer votre &amp;concession…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="222" />
            <source>&amp;Open a database file…</source>
            <translation>&amp;Ouvrir un fichier de base…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="223" />
            <source>&amp;Connect to a shared server…</source>
            <translation>Se &amp;connecter à un serveur partagé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="235" />
            <source>Import a &amp;waitlist…</source>
            <translation>Importer une liste d’&amp;attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="236" />
            <source>Import a dealer &amp;list…</source>
            <translation>Importer une &amp;liste de concessionnaires…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="237" />
            <source>Import &amp;order statuses…</source>
            <translation>Importer les états de &amp;commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="242" />
            <source>&amp;Export the waitlist…</source>
            <translation>&amp;Exporter la liste d’attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="248" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="252" />
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Équipe et rôles…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="256" />
            <source>Load &amp;demo data…</source>
            <translation>Charger les données de &amp;démonstration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="260" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="271" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="280" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="289" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="290" />
            <source>&amp;About dealerapp</source>
            <translation>À &amp;propos de dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="296" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="311" />
            <source>The window will be in %1 from the next start.</source>
            <translation>La fenêtre sera en %1 au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>MemosPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="92" />
            <source>&amp;Import memo…</source>
            <translation>&amp;Importer une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="94" />
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation>Importer une note depuis un fichier (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="96" />
            <source>&amp;Paste memo text…</source>
            <translation>&amp;Coller le texte d’une note…</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="48" />
            <source>Allocations</source>
            <translation>Attributions</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="50" />
            <source>Each market's share and state, each dealer's units, and the ledger behind them. Every change is a new ledger row with a reason; nothing is overwritten.</source>
            <translation>La part et l’état de chaque marché, les véhicules de chaque concessionnaire et le registre qui les explique. Chaque changement est une nouvelle ligne avec son motif ; rien n’est écrasé.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="46" />
            <source>Audit</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="48" />
            <source>Every change that matters, newest first: who made it, when, and what it was. Filter by person, kind of work, words or dates.</source>
            <translation>Chaque changement qui compte, du plus récent au plus ancien : qui, quand et quoi. Filtrer par personne, type de travail, mots ou dates.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="87" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="89" />
            <source>Supply against the waitlist for one program, from the ledger as committed. Click a line under Action needed, or double-click a market or dealer, to go to its customers.</source>
            <translation>L’offre face à la liste d’attente d’un programme, telle qu’enregistrée. Cliquez une ligne sous « À faire », ou double-cliquez un marché ou un concessionnaire, pour voir ses clients.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="54" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="56" />
            <source>Tell customers where they stand. Choose the letter and who gets it, look at it, then print it or save PDFs; mark them sent so nobody is told the same news twice.</source>
            <translation>Dites aux clients où ils en sont. Choisissez la lettre et ses destinataires, relisez-la, puis imprimez-la ou enregistrez des PDF ; marquées comme envoyées, personne ne reçoit deux fois la même nouvelle.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="77" />
            <source>Memos</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="79" />
            <source>Bring in a memo (drop a file on the window, Ctrl+I, or paste its text), see what it says and whom it affects, then apply it. Rumors can only be looked at as scenarios.</source>
            <translation>Importez une note (déposez un fichier sur la fenêtre, Ctrl+I, ou collez son texte), voyez ce qu’elle dit et qui elle concerne, puis appliquez-la. Les rumeurs ne se consultent que comme scénarios.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="65" />
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="67" />
            <source>Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage on the left; a locked specification can no longer be changed.</source>
            <translation>Chaque véhicule commandé, de la commande à la livraison, selon les codes d’état du constructeur. Choisissez une étape à gauche ; une configuration verrouillée ne peut plus changer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="83" />
            <source>Setup</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="85" />
            <source>The cars you sell by allocation, the markets you sell in and your dealers, with what their letters need. Shares and units are kept on Allocations.</source>
            <translation>Les voitures que vous vendez sur attribution, vos marchés et vos concessionnaires, avec ce que leurs lettres demandent. Parts et véhicules se gèrent sous Attributions.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="64" />
            <source>Waitlist</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="66" />
            <source>Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver.</source>
            <translation>Chaque client dans la file de chaque concessionnaire, et si une voiture l’attend. Clic droit sur une réservation (ou les raccourcis) pour la déplacer, l’affecter, l’annuler, la rembourser ou la livrer.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="107" />
            <source>Choose an entry to see it here.</source>
            <translation>Choisissez une réservation pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="122" />
            <source>Show only one program</source>
            <translation>N’afficher qu’un programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="123" />
            <source>Show only one market</source>
            <translation>N’afficher qu’un marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="124" />
            <source>Show only one dealer</source>
            <translation>N’afficher qu’un concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="126" />
            <source>Show only one flag</source>
            <translation>N’afficher qu’un indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="131" />
            <source>Find: customer, dealer, status, specification…</source>
            <translation>Chercher : client, concessionnaire, statut, configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="135" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="135" />
            <source>Flag</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="152" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="171" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="232" />
            <source>{shown} of {total} entries</source>
            <translation>{shown} sur {total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="234" />
            <source>{total} entries</source>
            <translation>{total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="303" />
            <source>&amp;Add customer…</source>
            <translation>&amp;Ajouter un client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="305" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="306" />
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="308" />
            <source>Move &amp;down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="311" />
            <source>A&amp;ssign a unit</source>
            <translation>A&amp;ffecter un véhicule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="314" />
            <source>&amp;Cancel entry…</source>
            <translation>A&amp;nnuler la réservation…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="317" />
            <source>&amp;Refund deposit…</source>
            <translation>&amp;Rembourser l’acompte…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="320" />
            <source>Mark &amp;delivered</source>
            <translation>Marquer comme &amp;livrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="323" />
            <source>&amp;Write a letter…</source>
            <translation>&amp;Écrire une lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="326" />
            <source>E&amp;xport the customer's data…</source>
            <translation>E&amp;xporter les données du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="329" />
            <source>Erase the customer's personal data…</source>
            <translation>Effacer les données personnelles du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="334" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="336" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
    </context>
</TS>