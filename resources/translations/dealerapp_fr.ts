<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AddEntryDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="36" />
            <source>Add a customer to a waitlist</source>
            <translation>Ajouter un client à une liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="51" />
            <source>As the letters greet the customer: Dear Ms Byrne</source>
            <translation>Ainsi les lettres saluent le client : Madame</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="80" />
            <source>Refundable</source>
            <translation>Remboursable</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="84" />
            <source>Colour, gearbox, options</source>
            <translation>Couleur, boîte, options</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="88" />
            <source>end of the queue</source>
            <translation>fin de la file</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="91" />
            <source>Required when placing ahead of others</source>
            <translation>Obligatoire pour passer devant d’autres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="93" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="94" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="95" />
            <source>Title</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="96" />
            <source>Family name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="97" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="98" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="99" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="100" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="101" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="102" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="103" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="104" />
            <source>State / region</source>
            <translation>État / région</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="105" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="107" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="108" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="109" />
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="111" />
            <source>Refund terms</source>
            <translation>Conditions de remboursement</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="112" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="113" />
            <source>Joined</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="114" />
            <source>Position</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="115" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="172" />
            <source>No letter can be sent until the street and city are given.</source>
            <translation>Aucune lettre ne peut partir tant que la rue et la ville manquent.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="174" />
            <source>No letter can be sent until the street is given.</source>
            <translation>Aucune lettre ne peut partir tant que la rue manque.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="175" />
            <source>No letter can be sent until the city is given.</source>
            <translation>Aucune lettre ne peut partir tant que la ville manque.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="180" />
            <source>For a letter: {problem}.</source>
            <translation>Pour une lettre : {problem}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="190" />
            <source>Give the customer's family name or a company name.</source>
            <translation>Indiquez le nom du client ou celui d’une société.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="193" />
            <source>The deposit cannot be negative.</source>
            <translation>L’acompte ne peut pas être négatif.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="195" />
            <source>The deposit is not valid: {problem}.</source>
            <translation>L’acompte n’est pas valable : {problem}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="198" />
            <source>The e-mail address does not look complete.</source>
            <translation>L’adresse e-mail semble incomplète.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="201" />
            <source>Say why this customer goes ahead of others (the reason is kept).</source>
            <translation>Dites pourquoi ce client passe devant d’autres (le motif est conservé).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="204" />
            <source>Choose a dealer.</source>
            <translation>Choisissez un concessionnaire.</translation>
        </message>
    </context>
    <context>
        <name>AllocationsPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="78" />
            <source>Ledger</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="80" />
            <source>Grant units…</source>
            <translation>Attribuer des véhicules…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="81" />
            <source>Cut units…</source>
            <translation>Retirer des véhicules…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="82" />
            <source>Transfer…</source>
            <translation>Transférer…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="83" />
            <source>Close market…</source>
            <translation>Fermer le marché…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="84" />
            <source>Declare filled…</source>
            <translation>Déclarer épuisé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="85" />
            <source>Reopen…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="164" />
            <source>{market} (national share and all dealers)</source>
            <translation>{market} (part nationale et tous les concessionnaires)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="168" />
            <source>Ledger: {holder}</source>
            <translation>Registre : {holder}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="184" />
            <source>dealer {dealer}</source>
            <translation>concessionnaire {dealer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="185" />
            <source>the {market} national share</source>
            <translation>la part nationale de {market}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="195" />
            <source>Grant units</source>
            <translation>Attribuer des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="195" />
            <source>Cut units</source>
            <translation>Retirer des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="197" />
            <source>Units not changed (Grant)</source>
            <translation>Véhicules non modifiés (attribution)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="197" />
            <source>Units not changed (Cut)</source>
            <translation>Véhicules non modifiés (retrait)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="230" />
            <source>Transferring units</source>
            <translation>Transfert des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="231" />
            <source>Units not transferred</source>
            <translation>Véhicules non transférés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="241" />
            <source>Close market</source>
            <translation>Fermer le marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="242" />
            <source>No more units will be built for {market}.</source>
            <translation>Plus aucun véhicule ne sera produit pour {market}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="245" />
            <source>Declare filled</source>
            <translation>Déclarer épuisé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="246" />
            <source>{market}'s allocations are all filled.</source>
            <translation>Les attributions de {market} sont toutes épuisées.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="249" />
            <source>Reopen market</source>
            <translation>Rouvrir le marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="250" />
            <source>{market} is served again.</source>
            <translation>{market} est de nouveau approvisionné.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="254" />
            <source>Waiting customers beyond the free units become unservable when a market is closed or filled.</source>
            <translation>Lorsqu’un marché est fermé ou épuisé, les clients en attente au-delà des véhicules libres ne peuvent plus être servis.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/allocations.py" line="267" />
            <source>{action}: not done</source>
            <translation>{action} : non effectué</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="61" />
            <source>Words in the summary…</source>
            <translation>Mots du résumé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="63" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="68" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="68" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="108" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="109" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="124" />
            <source>{shown} of {total} changes shown (the newest {limit})</source>
            <translation>{shown} modifications affichées sur {total} (les {limit} plus récentes)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="128" />
            <source>{shown} of {total} changes shown</source>
            <translation>{shown} modifications affichées sur {total}</translation>
        </message>
    </context>
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
        <name>DetailsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="295" />
            <source>Order {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="303" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="310" />
            <source>{code} ({label}) locks the specification: it can no longer change.</source>
            <translation>{code} ({label}) verrouille la configuration : elle ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="313" />
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="313" />
            <source>Production week</source>
            <translation>Semaine de production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="314" />
            <source>ETA</source>
            <translation>Arrivée prévue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="315" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="329" />
            <source>Write the date as YYYY-MM-DD, e.g. 2011-08-02</source>
            <translation>Saisissez la date au format AAAA-MM-JJ, par ex. 2011-08-02</translation>
        </message>
    </context>
    <context>
        <name>DirectiveDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="31" />
            <source>Market closed (no more cars for a market)</source>
            <translation>Marché fermé (plus de voitures pour un marché)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="34" />
            <source>Allocations filled (a market's units all taken)</source>
            <translation>Attributions épuisées (tous les véhicules d’un marché sont pris)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="37" />
            <source>Order bank closes (no more orders)</source>
            <translation>Clôture des commandes (plus de commandes)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="40" />
            <source>A market's allocation (units)</source>
            <translation>Attribution d’un marché (véhicules)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="43" />
            <source>A dealer's allocation changes (units, + or -)</source>
            <translation>L’attribution d’un concessionnaire change (véhicules, + ou -)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="46" />
            <source>Production volume (the planned run)</source>
            <translation>Volume de production (série prévue)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="48" />
            <source>Production ends</source>
            <translation>Fin de production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="49" />
            <source>Production starts</source>
            <translation>Début de production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="50" />
            <source>Delay (weeks or a date)</source>
            <translation>Retard (semaines ou une date)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="54" />
            <source>market</source>
            <translation>marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="55" />
            <source>program</source>
            <translation>programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="56" />
            <source>dealer</source>
            <translation>concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="57" />
            <source>units</source>
            <translation>nombre de véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="58" />
            <source>from</source>
            <translation>série prévue avant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="59" />
            <source>to</source>
            <translation>série prévue après</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="60" />
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="61" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="92" />
            <source>Add a directive</source>
            <translation>Ajouter une directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="96" />
            <source>From the memo: “{sentence}”</source>
            <translation>Extrait de la note : « {sentence} »</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="98" />
            <source>Not tied to one sentence of the memo.</source>
            <translation>Non liée à une phrase précise de la note.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="106" />
            <source>It names the {vehicle}, which no program here tracks.</source>
            <translation>Elle cite {vehicle}, qu’aucun programme ne suit ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="119" />
            <source>What it says</source>
            <translation>Ce qu’elle dit</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="122" />
            <source>Official (can be applied)</source>
            <translation>Officielle (peut être appliquée)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="123" />
            <source>Rumor (only a scenario)</source>
            <translation>Rumeur (scénario uniquement)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="125" />
            <source>Confidence</source>
            <translation>Fiabilité</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="130" />
            <source>It names {market}, which is not a market here yet: add it on the Setup page (Markets) to apply a directive about it.</source>
            <translation>Elle cite {market}, qui n’est pas encore un marché ici : ajoutez-le sur la page Configuration (Marchés) pour appliquer une directive à son sujet.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="143" />
            <source>on</source>
            <translation>le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="156" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="157" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="158" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="158" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="159" />
            <source>Planned run from</source>
            <translation>Série prévue avant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="160" />
            <source>Planned run to</source>
            <translation>Série prévue après</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="161" />
            <source>Weeks</source>
            <translation>Semaines</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="161" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="172" />
            <source>Add the directive</source>
            <translation>Ajouter la directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/directive_dialog.py" line="232" />
            <source>Still needed: {fields}.</source>
            <translation>Encore nécessaire : {fields}.</translation>
        </message>
    </context>
    <context>
        <name>DirectiveTableModel</name>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="33" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="35" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="37" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="39" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="41" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="43" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="45" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="47" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="49" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="51" />
            <source>Weeks</source>
            <translation>Semaines</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="53" />
            <source>Confidence</source>
            <translation>Fiabilité</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="62" />
            <source>({vehicle}: not tracked)</source>
            <translation>({vehicle} : non suivi)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="114" />
            <source>Added by a person from the memo's text</source>
            <translation>Ajoutée par une personne à partir du texte de la note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="116" />
            <source>Corrected by a person; the reader's version is kept with the memo</source>
            <translation>Corrigée par une personne ; la version lue automatiquement est conservée avec la note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="118" />
            <source>About the {vehicle}, which no program here tracks: nothing applies until it is tracked</source>
            <translation>Concerne {vehicle}, qu’aucun programme ne suit ici : rien ne s’applique tant qu’il n’est pas suivi</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/models/directives.py" line="122" />
            <source>A rumor: shown only as a scenario, never applied</source>
            <translation>Une rumeur : affichée seulement comme scénario, jamais appliquée</translation>
        </message>
    </context>
    <context>
        <name>EditEntryDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="260" />
            <source>Edit {customer}'s entry</source>
            <translation>Modifier la réservation de {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="269" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="270" />
            <source>Refund terms</source>
            <translation>Conditions de remboursement</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="271" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="292" />
            <source>Nothing has changed yet.</source>
            <translation>Rien n’a encore changé.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_dialog.py" line="295" />
            <source>The refund terms are too long for a letter (2,000 characters).</source>
            <translation>Les conditions de remboursement sont trop longues pour une lettre (2 000 caractères).</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="25" />
            <source>refundable</source>
            <translation>remboursable</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="27" />
            <source>not refundable</source>
            <translation>non remboursable</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="29" />
            <source>method not noted</source>
            <translation>mode de paiement non noté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="30" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="36" />
            <source>Entry</source>
            <translation>Réservation</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="37" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="38" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="39" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="40" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="41" />
            <source>Position</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="42" />
            <source>Joined</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="44" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="47" />
            <source>Paid on</source>
            <translation>Versé le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="48" />
            <source>Refunded on</source>
            <translation>Remboursé le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="49" />
            <source>Refund terms</source>
            <translation>Conditions de remboursement</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="50" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="51" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/entry_view.py" line="53" />
            <source>Position history</source>
            <translation>Historique de la place</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="82" />
            <source>every open entry</source>
            <translation>toutes les réservations en cours</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="84" />
            <source>covered customers</source>
            <translation>clients couverts</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="85" />
            <source>pending customers</source>
            <translation>clients en suspens</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="86" />
            <source>unservable customers</source>
            <translation>clients non servables</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="90" />
            <source>only those not told yet</source>
            <translation>seulement les clients pas encore prévenus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="96" />
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="96" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="97" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="97" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="122" />
            <source>Use the filters instead</source>
            <translation>Utiliser plutôt les filtres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="131" />
            <source>Tick all</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="131" />
            <source>Untick all</source>
            <translation>Tout décocher</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="144" />
            <source>Print preview…</source>
            <translation>Aperçu avant impression…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="145" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="146" />
            <source>Save one PDF…</source>
            <translation>Enregistrer en un seul PDF…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="147" />
            <source>One PDF per customer…</source>
            <translation>Un PDF par client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="148" />
            <source>Edit a copy of this letter…</source>
            <translation>Modifier une copie de cette lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="181" />
            <source>All markets</source>
            <translation>Tous les marchés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="185" />
            <source>All dealers</source>
            <translation>Tous les concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="209" />
            <source>For the {count} customer(s) chosen in the waitlist</source>
            <translation>Pour {count} client(s) choisi(s) dans la liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="211" />
            <source>For the {count} customer(s) chosen</source>
            <translation>Pour {count} client(s) choisi(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="282" />
            <source>Nobody matches: no letter to write.</source>
            <translation>Personne ne correspond : aucune lettre à écrire.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="292" />
            <source>{count} customer(s) speak {language}: this letter is not written in it, so they get it in {instead}.</source>
            <translation>{count} client(s) parlent {language} : cette lettre n’existe pas dans cette langue, ils la reçoivent donc en {instead}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="297" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="307" />
            <source>{total} letter(s)</source>
            <translation>{total} lettre(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="309" />
            <source>{ticked} of {total} letter(s) ticked</source>
            <translation>{ticked} lettre(s) cochée(s) sur {total}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="344" />
            <source>Did the {count} letter(s) print correctly?</source>
            <translation>Les {count} lettre(s) ont-elles été correctement imprimées ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="349" />
            <source>Save the letters</source>
            <translation>Enregistrer les lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="356" />
            <source>A folder for one PDF per customer</source>
            <translation>Dossier pour un PDF par client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="368" />
            <source>Writing {count} letter(s)…</source>
            <translation>Écriture de {count} lettre(s)…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="374" />
            <source>Stopped: no letter was written, and nobody is marked as told.</source>
            <translation>Arrêté : aucune lettre n’a été écrite et personne n’est marqué comme prévenu.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="379" />
            <source>The letters were not written</source>
            <translation>Les lettres n’ont pas été écrites</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="385" />
            <source>The {count} letter(s) are saved in {file}.</source>
            <translation>{count} lettre(s) enregistrée(s) dans {file}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="390" />
            <source>The {count} letter(s) are saved one PDF per customer in {folder}.</source>
            <translation>{count} lettre(s) enregistrée(s) dans {folder}, un PDF par client.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="397" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="398" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="425" />
            <source>{count} letter(s) written; the database is read-only, so they are not marked as sent.</source>
            <translation>{count} lettre(s) écrite(s) ; la base de données est en lecture seule, elles ne sont donc pas marquées comme envoyées.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="432" />
            <source>Mark the letters as sent?</source>
            <translation>Marquer les lettres comme envoyées ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="435" />
            <source>Mark them as sent? Each customer then counts as told, and a copy of their letter is kept with them. Answer No if they still need checking: they stay owed, and you can print or save them again.</source>
            <translation>Les marquer comme envoyées ? Chaque client compte alors comme prévenu, et une copie de sa lettre est conservée avec lui. Répondez Non si elles doivent encore être vérifiées : elles restent dues, et vous pourrez les imprimer ou les enregistrer à nouveau.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="444" />
            <source>{count} letter(s) written, not marked as sent: they stay owed.</source>
            <translation>{count} lettre(s) écrite(s), non marquée(s) comme envoyée(s) : elles restent dues.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="461" />
            <source>Keeping a copy of each letter…</source>
            <translation>Conservation d’une copie de chaque lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="471" />
            <source>Stopped: nobody was marked as told.</source>
            <translation>Arrêté : personne n’a été marqué comme prévenu.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="476" />
            <source>{count} letter(s) marked as sent.</source>
            <translation>{count} lettre(s) marquée(s) comme envoyée(s).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="482" />
            <source>Marking {count} letter(s) as sent</source>
            <translation>Marquage de {count} lettre(s) comme envoyée(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="485" />
            <source>The letters were written but not marked as sent</source>
            <translation>Les lettres ont été écrites mais pas marquées comme envoyées</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="498" />
            <source>Letter templates</source>
            <translation>Modèles de lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="507" />
            <source>Saving the template</source>
            <translation>Enregistrement du modèle</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="139" />
            <source>Database: {where}</source>
            <translation>Base de données : {where}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="219" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="223" />
            <source>Set up your &amp;dealership…</source>
            <translation>Configurer votre &amp;concession…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="224" />
            <source>&amp;Open a database file…</source>
            <translation>&amp;Ouvrir un fichier de base…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="225" />
            <source>&amp;Connect to a shared server…</source>
            <translation>Se &amp;connecter à un serveur partagé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="237" />
            <source>Import a &amp;waitlist…</source>
            <translation>Importer une liste d’&amp;attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="238" />
            <source>Import a dealer &amp;list…</source>
            <translation>Importer une &amp;liste de concessionnaires…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="239" />
            <source>Import &amp;order statuses…</source>
            <translation>Importer les états de &amp;commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="244" />
            <source>&amp;Export the waitlist…</source>
            <translation>&amp;Exporter la liste d’attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="250" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="254" />
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Équipe et rôles…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="258" />
            <source>Load &amp;demo data…</source>
            <translation>Charger les données de &amp;démonstration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="262" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="273" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="282" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="291" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="292" />
            <source>&amp;About dealerapp</source>
            <translation>À &amp;propos de dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="298" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="313" />
            <source>The window will be in %1 from the next start.</source>
            <translation>La fenêtre sera en %1 au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="321" />
            <source>Database: {where} — read-only</source>
            <translation>Base de données : {where} — lecture seule</translation>
        </message>
    </context>
    <context>
        <name>MemoView</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="58" />
            <source>Choose a memo above, or import one.</source>
            <translation>Choisissez une note ci-dessus ou importez-en une.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="106" />
            <source>Add a directive from this sentence…</source>
            <translation>Ajouter une directive à partir de cette phrase…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="117" />
            <source>What the memo says (untick to leave one out, double-click to fix):</source>
            <translation>Ce que dit la note (décochez pour en écarter une, double-cliquez pour corriger) :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="146" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="148" />
            <source>Show scenario</source>
            <translation>Afficher le scénario</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="150" />
            <source>Revert</source>
            <translation>Annuler l’application</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="152" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="155" />
            <source>Delete a memo that was never applied: junk, the wrong file</source>
            <translation>Supprimer une note jamais appliquée : contenu inutile, mauvais fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="161" />
            <source>Add a directive…</source>
            <translation>Ajouter une directive…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="163" />
            <source>Something the memo says that the reader did not read</source>
            <translation>Un élément de la note que la lecture automatique n’a pas relevé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="190" />
            <source>{names} and {last}</source>
            <translation>{names} et {last}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="195" />
            <source>It also names the {vehicles}, which no program here tracks.</source>
            <translation>Elle cite aussi {vehicles}, qu’aucun programme ne suit ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="197" />
            <source>It also names the {vehicles}, which no programs here track.</source>
            <translation>Elle cite aussi {vehicles}, qu’aucun programme ne suit ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="201" />
            <source>This memo is about the {vehicles}, which no program here tracks.</source>
            <translation>Cette note concerne {vehicles}, qu’aucun programme ne suit ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="203" />
            <source>This memo is about the {vehicles}, which no programs here track.</source>
            <translation>Cette note concerne {vehicles}, qu’aucun programme ne suit ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="209" />
            <source>Track it as a program and the memo is read again.</source>
            <translation>Suivez le véhicule comme programme et la note sera relue.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="212" />
            <source>Nothing read about it applies until then.</source>
            <translation>D’ici là, rien de ce qui a été lu à son sujet ne s’applique.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="215" />
            <source>Track the {vehicle}…</source>
            <translation>Suivre {vehicle} comme programme…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="228" />
            <source>May matter, read these: {count} sentence(s) name a car or a market with words such as allocate, end or delay, but gave no directive.</source>
            <translation>À lire, cela peut compter : {count} phrase(s) citent une voiture ou un marché avec des mots comme « attribuer », « fin » ou « retard », sans donner de directive.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="259" />
            <source>Memo {memo}: {file} — from {sender}, {date} — {confidence} — {state}</source>
            <translation>Note {memo} : {file} — de {sender}, {date} — {confidence} — {state}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="262" />
            <source>unknown sender</source>
            <translation>expéditeur inconnu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="263" />
            <source>undated</source>
            <translation>non datée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="274" />
            <source>A rumor is never applied; look at it as a scenario</source>
            <translation>Une rumeur n’est jamais appliquée ; consultez-la comme scénario</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="288" />
            <source>Scenario (nothing is written):</source>
            <translation>Scénario (rien n’est enregistré) :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="289" />
            <source>Applying would:</source>
            <translation>L’application ferait ceci :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="292" />
            <source>Applied:</source>
            <translation>Appliquée :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="294" />
            <source>change no data</source>
            <translation>ne modifier aucune donnée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="295" />
            <source>note: {line}</source>
            <translation>remarque : {line}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="296" />
            <source>left out: {line}</source>
            <translation>écartée : {line}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="299" />
            <source>Customers whose flag changes: {moves}</source>
            <translation>Clients dont l’indicateur change : {moves}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/memo_view.py" line="301" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
    </context>
    <context>
        <name>MemosPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="74" />
            <source>Memos (*.txt *.eml *.msg *.pdf);;All files (*)</source>
            <translation>Notes (*.txt *.eml *.msg *.pdf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="93" />
            <source>&amp;Import memo…</source>
            <translation>&amp;Importer une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="95" />
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation>Importer une note depuis un fichier (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="97" />
            <source>&amp;Paste memo text…</source>
            <translation>&amp;Coller le texte d’une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="189" />
            <source>Import a memo</source>
            <translation>Importer une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="201" />
            <source>Importing {file}</source>
            <translation>Importation de {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="204" />
            <location filename="../../dealerapp/ui/pages/memos.py" line="224" />
            <source>The memo was not imported</source>
            <translation>La note n’a pas été importée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="212" />
            <source>Paste a memo</source>
            <translation>Coller une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="213" />
            <source>Paste the memo's text, with its From: and Date: lines if any:</source>
            <translation>Collez le texte de la note, avec ses lignes « De : » et « Date : » le cas échéant :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="221" />
            <source>Importing the pasted memo</source>
            <translation>Importation de la note collée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="236" />
            <source>This does not look like a memo</source>
            <translation>Cela ne ressemble pas à une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="237" />
            <source>Store it as a memo anyway?</source>
            <translation>L’enregistrer quand même comme note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="250" />
            <source>look it over, then Apply</source>
            <translation>relisez-la, puis cliquez sur « Appliquer »</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="251" />
            <source>look it over; a rumor is only ever a scenario</source>
            <translation>relisez-la ; une rumeur n’est jamais qu’un scénario</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="252" />
            <source>nothing in it changes allocations; read the sentences that may matter</source>
            <translation>rien dans cette note ne change les attributions ; lisez les phrases qui peuvent compter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="254" />
            <source>Imported memo {memo}: {confidence}, {count} directive(s); {next_step}.</source>
            <translation>Note {memo} importée : {confidence}, {count} directive(s) ; {next_step}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="267" />
            <source>Why is memo {memo} deleted? (kept in the audit log)</source>
            <translation>Pourquoi la note {memo} est-elle supprimée ? (consigné dans le journal)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="269" />
            <source>Delete the memo</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="274" />
            <source>A reason is needed to delete memo {memo}. Why is it deleted?</source>
            <translation>Un motif est nécessaire pour supprimer la note {memo}. Pourquoi est-elle supprimée ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="286" />
            <source>Deleting memo {memo}</source>
            <translation>Suppression de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="289" />
            <source>The memo was not deleted</source>
            <translation>La note n’a pas été supprimée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="302" />
            <source>Memo {memo} cannot be applied</source>
            <translation>La note {memo} ne peut pas être appliquée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="308" />
            <source>Apply the memo?</source>
            <translation>Appliquer la note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="309" />
            <source>Apply memo {memo}?</source>
            <translation>Appliquer la note {memo} ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="313" />
            <source>A safety copy of the database is made first; Revert undoes it exactly.</source>
            <translation>Une copie de sécurité de la base est faite d’abord ; « Annuler l’application » défait tout exactement.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="320" />
            <source>Applied memo {memo}.</source>
            <translation>Note {memo} appliquée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="324" />
            <source>Applying memo {memo}</source>
            <translation>Application de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="327" />
            <source>The memo was not applied</source>
            <translation>La note n’a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="338" />
            <source>Memo {memo} cannot be reverted</source>
            <translation>L’application de la note {memo} ne peut pas être annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="345" />
            <source>{count} of them were already told by letter; each will be owed a correction letter (Letters page).</source>
            <translation>{count} d’entre eux ont déjà été prévenus par lettre ; chacun devra recevoir une lettre rectificative (page Lettres).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="354" />
            <source>Revert the memo?</source>
            <translation>Annuler l’application de la note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="356" />
            <source>Undo everything memo {memo} changed? The customers' flags go back to what they were before it was applied.</source>
            <translation>Défaire tout ce que la note {memo} a changé ? Les indicateurs des clients reviennent à leur état d’avant l’application.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="367" />
            <source>Reverting memo {memo}</source>
            <translation>Annulation de l’application de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="370" />
            <source>Reverted memo {memo}.</source>
            <translation>Application de la note {memo} annulée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="372" />
            <source>The memo was not reverted</source>
            <translation>L’application de la note n’a pas été annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="379" />
            <source>{count} from {move}</source>
            <translation>{count} de {move}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="385" />
            <source>Customers whose flag changed: {moves}.</source>
            <translation>Clients dont l’indicateur a changé : {moves}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="386" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="402" />
            <source>{count} correction letter(s) are owed.</source>
            <translation>{count} lettre(s) rectificative(s) à envoyer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="404" />
            <source>{count} 'cannot be served' letter(s) are owed.</source>
            <translation>{count} lettre(s) « non servable » à envoyer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="409" />
            <source>Write the {count} letter(s)…</source>
            <translation>Écrire les {count} lettre(s)…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="436" />
            <source>Track the {vehicle}</source>
            <translation>Suivre {vehicle} comme programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="437" />
            <source>Memo {memo} names the {vehicle}. As a program, its allocation, waitlist and memos are kept here; the memo is read again once it is saved.</source>
            <translation>La note {memo} cite {vehicle}. En tant que programme, ses attributions, sa liste d’attente et ses notes sont gérées ici ; la note est relue une fois l’enregistrement fait.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="456" />
            <source>Added the program {name} ({code}) and read memo {memo} again: {count} directive(s)</source>
            <translation>Programme {name} ({code}) ajouté et note {memo} relue : {count} directive(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="461" />
            <source>Adding the program</source>
            <translation>Ajout du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="462" />
            <source>The program was not added</source>
            <translation>Le programme n’a pas été ajouté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="478" />
            <source>Correcting the directive</source>
            <translation>Correction de la directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="481" />
            <source>Not corrected</source>
            <translation>Non corrigée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="519" />
            <source>Added a {kind} to memo {memo}</source>
            <translation>Directive ({kind}) ajoutée à la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="525" />
            <source>Adding the directive</source>
            <translation>Ajout de la directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="527" />
            <source>The directive was not added</source>
            <translation>La directive n’a pas été ajoutée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="530" />
            <source>Reading the programs and markets</source>
            <translation>Lecture des programmes et des marchés</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="88" />
            <source>Find an order, customer, dealer or VIN…</source>
            <translation>Chercher une commande, un client, un concessionnaire ou un VIN…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="98" />
            <source>Change status…</source>
            <translation>Modifier l’état…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="99" />
            <source>VIN, ETA, specification…</source>
            <translation>VIN, arrivée, configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="100" />
            <source>Order status letter…</source>
            <translation>Lettre sur l’état de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="101" />
            <source>Import status file…</source>
            <translation>Importer un fichier d’états…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="137" />
            <source>All orders ({count})</source>
            <translation>Toutes les commandes ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="185" />
            <source>Choose an order to see its history.</source>
            <translation>Choisissez une commande pour voir son historique.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="198" />
            <source>Order {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="199" />
            <source>entry {id}</source>
            <translation>réservation {id}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="200" />
            <source>{stage} since {date}</source>
            <translation>{stage} depuis le {date}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="203" />
            <source>VIN {vin}</source>
            <translation>VIN {vin}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="204" />
            <source>Production week {week}</source>
            <translation>Semaine de production {week}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="205" />
            <source>ETA {eta}</source>
            <translation>Arrivée prévue {eta}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="206" />
            <source>Specification (locked)</source>
            <translation>Configuration (verrouillée)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="206" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="207" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="235" />
            <source>Changing the order status…</source>
            <translation>Modification de l’état de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="237" />
            <source>Order status</source>
            <translation>État de la commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="251" />
            <source>Saving the order…</source>
            <translation>Enregistrement de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="253" />
            <source>Order details</source>
            <translation>Détails de la commande</translation>
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
            <location filename="../../dealerapp/ui/pages/letters.py" line="56" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="58" />
            <source>Tell customers where they stand. Choose the letter and who gets it, look at it, then print it or save PDFs; mark them sent so nobody is told the same news twice.</source>
            <translation>Dites aux clients où ils en sont. Choisissez la lettre et ses destinataires, relisez-la, puis imprimez-la ou enregistrez des PDF ; marquées comme envoyées, personne ne reçoit deux fois la même nouvelle.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="78" />
            <source>Memos</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="80" />
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
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="66" />
            <source>Waitlist</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="68" />
            <source>Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver.</source>
            <translation>Chaque client dans la file de chaque concessionnaire, et si une voiture l’attend. Clic droit sur une réservation (ou les raccourcis) pour la déplacer, l’affecter, l’annuler, la rembourser ou la livrer.</translation>
        </message>
    </context>
    <context>
        <name>RecipientTable</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Pos.</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/recipients.py" line="24" />
            <source>Flag</source>
            <translation>Indicateur</translation>
        </message>
    </context>
    <context>
        <name>ResultBar</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/result_bar.py" line="32" />
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="265" />
            <source>Status of order {number}</source>
            <translation>État de la commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="277" />
            <source>New status</source>
            <translation>Nouvel état</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="278" />
            <source>As of</source>
            <translation>En date du</translation>
        </message>
    </context>
    <context>
        <name>SupplyChart</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="22" />
            <source>Have a unit</source>
            <translation>Avec véhicule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="23" />
            <source>Covered</source>
            <translation>Couverts</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="24" />
            <source>Pending</source>
            <translation>En suspens</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="25" />
            <source>Unservable</source>
            <translation>Non servables</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/supply_chart.py" line="35" />
            <source>Customers per market</source>
            <translation>Clients par marché</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="36" />
            <source>Edit a copy of “{name}” ({language})</source>
            <translation>Modifier une copie de « {name} » ({language})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="45" />
            <source>Jinja2 template of the letter's HTML. Values such as {{ customer.name }} are escaped for you. Saved as your own copy; the built-in letter stays as it is.</source>
            <translation>Modèle Jinja2 du HTML de la lettre. Les valeurs comme {{ customer.name }} sont échappées pour vous. Enregistré comme votre propre copie ; la lettre fournie reste inchangée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/template_editor.py" line="79" />
            <source>No customer to show the letter for.</source>
            <translation>Aucun client pour qui afficher la lettre.</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="83" />
            <source>Transfer units</source>
            <translation>Transférer des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="84" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="89" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="93" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="97" />
            <source>Give at least 1 unit.</source>
            <translation>Indiquez au moins 1 véhicule.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="99" />
            <source>There is no other dealer in this market.</source>
            <translation>Il n’y a pas d’autre concessionnaire sur ce marché.</translation>
        </message>
    </context>
    <context>
        <name>UnitsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="61" />
            <source>Grant units</source>
            <translation>Attribuer des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="61" />
            <source>Cut units</source>
            <translation>Retirer des véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="62" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="67" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="69" />
            <source>YYYY-MM, optional</source>
            <translation>AAAA-MM, facultatif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="70" />
            <source>For month</source>
            <translation>Pour le mois</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="74" />
            <source>Give at least 1 unit.</source>
            <translation>Indiquez au moins 1 véhicule.</translation>
        </message>
    </context>
    <context>
        <name>Value</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="99" />
            <source>covered</source>
            <translation>couvert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="100" />
            <source>pending</source>
            <translation>en suspens</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="101" />
            <source>unservable</source>
            <translation>non servable</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="102" />
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="103" />
            <source>assigned</source>
            <translation>affecté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="104" />
            <source>ordered</source>
            <translation>commandé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="105" />
            <source>delivered</source>
            <translation>livré</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="106" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="107" />
            <source>refunded</source>
            <translation>remboursé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="108" />
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="109" />
            <source>closed</source>
            <translation>fermé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="110" />
            <source>filled</source>
            <translation>complet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="111" />
            <source>closed and filled</source>
            <translation>fermé et complet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="112" />
            <source>official</source>
            <translation>officielle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="113" />
            <source>rumor</source>
            <translation>rumeur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="114" />
            <source>imported</source>
            <translation>importée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="115" />
            <source>applied</source>
            <translation>appliquée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="116" />
            <source>reverted</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="117" />
            <source>dismissed</source>
            <translation>écartée</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="109" />
            <source>Choose an entry to see it here.</source>
            <translation>Choisissez une réservation pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="124" />
            <source>Show only one program</source>
            <translation>N’afficher qu’un programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="125" />
            <source>Show only one market</source>
            <translation>N’afficher qu’un marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="126" />
            <source>Show only one dealer</source>
            <translation>N’afficher qu’un concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="128" />
            <source>Show only one flag</source>
            <translation>N’afficher qu’un indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="133" />
            <source>Find: customer, dealer, status, specification…</source>
            <translation>Chercher : client, concessionnaire, statut, configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="136" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="136" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="137" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="137" />
            <source>Flag</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="154" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="173" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="234" />
            <source>{shown} of {total} entries</source>
            <translation>{shown} sur {total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="236" />
            <source>{total} entries</source>
            <translation>{total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="305" />
            <source>&amp;Add customer…</source>
            <translation>&amp;Ajouter un client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="307" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="308" />
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="310" />
            <source>Move &amp;down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="313" />
            <source>A&amp;ssign a unit</source>
            <translation>A&amp;ffecter un véhicule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="316" />
            <source>&amp;Cancel entry…</source>
            <translation>A&amp;nnuler la réservation…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="319" />
            <source>&amp;Refund deposit…</source>
            <translation>&amp;Rembourser l’acompte…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="322" />
            <source>Mark &amp;delivered</source>
            <translation>Marquer comme &amp;livrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="325" />
            <source>&amp;Write a letter…</source>
            <translation>&amp;Écrire une lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="328" />
            <source>E&amp;xport the customer's data…</source>
            <translation>E&amp;xporter les données du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="331" />
            <source>Erase the customer's personal data…</source>
            <translation>Effacer les données personnelles du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="336" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="338" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
    </context>
    <context>
        <name>_LedgerDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="32" />
            <source>Why (kept in the ledger and the audit log)</source>
            <translation>Pourquoi (conservé dans le registre et le journal)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="41" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/ledger_dialogs.py" line="47" />
            <source>A reason is required.</source>
            <translation>Un motif est obligatoire.</translation>
        </message>
    </context>
</TS>