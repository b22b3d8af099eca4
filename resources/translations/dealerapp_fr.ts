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
        <name>AllocationStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="332" />
            <source>not known</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="336" />
            <source>Units for the dealer</source>
            <translation>Véhicules pour le concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="337" />
            <source>The market's national share</source>
            <translation>Part nationale du marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="338" />
            <source>Why (kept in the ledger)</source>
            <translation>Pourquoi (conservé dans le registre)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="340" />
            <source>Each later change is a new ledger row with its own reason, on the Allocations page; nothing is ever overwritten.</source>
            <translation>Chaque modification ultérieure est une nouvelle ligne du registre, avec son propre motif, sur la page Attributions ; rien n’est jamais écrasé.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="351" />
            <source>Set up the dealership and the program first (or skip this step).</source>
            <translation>Configurez d’abord la concession et le programme (ou passez cette étape).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="353" />
            <source>&lt;b&gt;Its allocation.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Son attribution.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="357" />
            <source>&lt;b&gt;Its allocation.&lt;/b&gt; How many units of the {program} has {dealer} been allocated so far? Customers beyond them wait as pending.</source>
            <translation>&lt;b&gt;Son attribution.&lt;/b&gt; Combien de véhicules {program} ont été attribués à {dealer} jusqu’ici ? Les clients au-delà attendent en suspens.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="368" />
            <source>Give at least 1 unit, or skip this step.</source>
            <translation>Indiquez au moins 1 véhicule, ou passez cette étape.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="370" />
            <source>A reason is required.</source>
            <translation>Un motif est obligatoire.</translation>
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
            <location filename="../../dealerapp/ui/pages/audit.py" line="62" />
            <source>Words in the summary…</source>
            <translation>Mots du résumé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="64" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="69" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="69" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="109" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="110" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="125" />
            <source>{shown} of {total} changes shown (the newest {limit})</source>
            <translation>{shown} modifications affichées sur {total} (les {limit} plus récentes)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="129" />
            <source>{shown} of {total} changes shown</source>
            <translation>{shown} modifications affichées sur {total}</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="64" />
            <location filename="../../dealerapp/ui/backups.py" line="76" />
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="96" />
            <source>Restoring {file}</source>
            <translation>Restauration de {file}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="108" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="113" />
            <source>Backups of &lt;b&gt;{file}&lt;/b&gt; in {folder}. dealerapp backs up before every memo apply or revert, import and restore, and every 30 minutes while something changes; it keeps today's, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
            <translation>Sauvegardes de &lt;b&gt;{file}&lt;/b&gt; dans {folder}. dealerapp fait une sauvegarde avant chaque application ou annulation d’une note, chaque importation et chaque restauration, ainsi que toutes les 30 minutes tant que quelque chose change ; il conserve celles du jour, puis une par jour pendant 12 jours, une par semaine pendant 10 semaines et une par mois pendant 9 mois.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Taken</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="123" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="132" />
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="134" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="136" />
            <source>Open the folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="155" />
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="181" />
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/backups.py" line="183" />
            <source>Replace everything in the database with the backup taken {date} at {time}?

The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
            <translation>Remplacer tout le contenu de la base de données par la sauvegarde du {date} à {time} ?

L’état actuel de la base de données est d’abord sauvegardé : vous pourrez annuler cette opération en restaurant cette sauvegarde-là.</translation>
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
        <name>ConnectDialog</name>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="25" />
            <source>Connect to a shared server</source>
            <translation>Se connecter à un serveur partagé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="31" />
            <source>The address of your dealer group's PostgreSQL database, as your administrator gave it, e.g. &lt;tt&gt;{example}&lt;/tt&gt;. dealerapp tries it before keeping it.</source>
            <translation>L’adresse de la base de données PostgreSQL de votre groupe de concessionnaires, telle que votre administrateur vous l’a indiquée, par ex. &lt;tt&gt;{example}&lt;/tt&gt;. dealerapp la teste avant de la conserver.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="42" />
            <source>Try the connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="52" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="70" />
            <source>Trying…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/connect_dialog.py" line="72" />
            <source>Trying the server</source>
            <translation>Test du serveur</translation>
        </message>
    </context>
    <context>
        <name>CustomerPrivacy</name>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="29" />
            <source>Export the data held about {name}</source>
            <translation>Exporter les données conservées sur {name}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="42" />
            <source>Everything held about {name} is in {file}</source>
            <translation>Toutes les données conservées sur {name} sont dans {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="49" />
            <source>Exporting a customer's data</source>
            <translation>Exportation des données d’un client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="62" />
            <source>Erase this customer's personal data?</source>
            <translation>Effacer les données personnelles de ce client ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="63" />
            <source>{name}'s name, address, e-mail, phone, notes and letter copies will be replaced for good; their entries, deposits and the ledger stay.

Why (e.g. 'asked by letter on 20 Nov')?</source>
            <translation>Le nom, l’adresse, l’e-mail, le téléphone, les notes et les copies de lettres de {name} seront remplacés définitivement ; ses réservations, ses acomptes et le registre sont conservés.

Pourquoi (par ex. « demandé par lettre le 20 nov. ») ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="75" />
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="76" />
            <source>A reason is required; nothing was changed.</source>
            <translation>Un motif est obligatoire ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="87" />
            <source>{name} is now '{placeholder}'</source>
            <translation>{name} s’appelle désormais « {placeholder} »</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="94" />
            <source>Erasing customer {number}</source>
            <translation>Effacement du client {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/customer_privacy.py" line="98" />
            <source>Erasing a customer</source>
            <translation>Effacement d’un client</translation>
        </message>
    </context>
    <context>
        <name>CustomersStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="382" />
            <source>Import a waitlist spreadsheet…</source>
            <translation>Importer une liste d’attente depuis un tableur…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="385" />
            <source>Or add them one by one, first in line first:</source>
            <translation>Ou ajoutez-les un par un, en commençant par le premier de la file :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="397" />
            <source>Family name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="397" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="398" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="398" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="399" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="403" />
            <source>Add to the waitlist</source>
            <translation>Ajouter à la liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="424" />
            <source>&lt;b&gt;Your customers.&lt;/b&gt; Set up the dealership and the program first.</source>
            <translation>&lt;b&gt;Vos clients.&lt;/b&gt; Configurez d’abord la concession et le programme.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="430" />
            <source>&lt;b&gt;Your customers.&lt;/b&gt; Everyone waiting for the {program} at {dealer}, in queue order. Deposits in {currency}.</source>
            <translation>&lt;b&gt;Vos clients.&lt;/b&gt; Tous ceux qui attendent {program} chez {dealer}, dans l’ordre de la file. Acomptes en {currency}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="451" />
            <source>note: {warning}</source>
            <translation>remarque : {warning}</translation>
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
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="171" />
            <source>{count} told they cannot be served</source>
            <translation>{count} ont appris qu’ils ne pourraient pas être servis</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="172" />
            <source>{count} told a car was there for them</source>
            <translation>{count} ont appris qu’un véhicule leur était réservé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="173" />
            <source>{count} told they were still waiting</source>
            <translation>{count} ont appris qu’ils attendaient encore</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="178" />
            <source>{count} customer(s) owed a correction: an earlier letter told them something that is no longer true ({told}); send the Correction letter</source>
            <translation>{count} client(s) attendent un rectificatif : une lettre précédente leur a dit quelque chose qui n’est plus vrai ({told}) ; envoyez la lettre de rectification</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="183" />
            <source>{dealer}: {count} unservable customer(s) not yet told; send the 'cannot be served' letter</source>
            <translation>{dealer} : {count} client(s) non servable(s) pas encore prévenu(s) ; envoyez la lettre « Ne peut être servi »</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="186" />
            <source>{count} memo(s) imported but not applied; look them over</source>
            <translation>{count} note(s) importée(s) mais non appliquée(s) ; relisez-les</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="188" />
            <source>{count} dealer(s) have more customers than units they can expect: their pending customers get a car only if more units come</source>
            <translation>{count} concessionnaire(s) ont plus de clients que de véhicules attendus : leurs clients en suspens n’auront une voiture que si d’autres arrivent</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="191" />
            <source>Set-up not finished: {step} still to do (Setup page)</source>
            <translation>Configuration inachevée : {step} reste à faire (page Configuration)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="238" />
            <source>Open the {page} page on these</source>
            <translation>Ouvrir la page {page} sur ceux-ci</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="244" />
            <source>Nothing needs doing right now.</source>
            <translation>Rien à faire pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/dashboard.py" line="248" />
            <source>{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned · {waiting} waiting: {covered} covered, {pending} pending, {unservable} unservable · {owed} letters owed</source>
            <translation>{allocated} véhicules attribués aux concessionnaires, {assigned} affectés, {free} libres · {waiting} en attente : {covered} couverts, {pending} en suspens, {unservable} non servables · {owed} lettres dues</translation>
        </message>
    </context>
    <context>
        <name>DealerForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="301" />
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="301" />
            <source>e.g. Lakeside Chevrolet</source>
            <translation>p. ex. Lakeside Chevrolet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="307" />
            <source>Market *</source>
            <translation>Marché *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="308" />
            <source>Dealer code *</source>
            <translation>Code du concessionnaire *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="308" />
            <source>e.g. US-LAK</source>
            <translation>p. ex. US-LAK</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="309" />
            <source>Street *</source>
            <translation>Rue *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="310" />
            <source>City *</source>
            <translation>Ville *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="316" />
            <source>State or region</source>
            <translation>État ou région</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="317" />
            <source>Postal code *</source>
            <translation>Code postal *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="318" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="319" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="321" />
            <source>Signed by *</source>
            <translation>Signé par *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="321" />
            <source>who signs its letters</source>
            <translation>qui signe ses lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="324" />
            <source>Their title</source>
            <translation>Fonction du signataire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="324" />
            <source>e.g. General Sales Manager</source>
            <translation>p. ex. directeur commercial</translation>
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
            <translation>aucun logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="333" />
            <source>Choose a logo…</source>
            <translation>Choisir un logo…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="336" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="341" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="342" />
            <source>One of our rooftops (uses this database)</source>
            <translation>Un de nos sites (utilise cette base)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="382" />
            <source>US Letter (from the market)</source>
            <translation>Lettre US (du marché)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="383" />
            <source>A4 (from the market)</source>
            <translation>A4 (du marché)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="391" />
            <source>Choose the dealer's logo</source>
            <translation>Choisir le logo du concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="392" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="402" />
            <source>{file}: {size} MB is too big for a logo (at most 2 MB)</source>
            <translation>{file} : {size} Mo, c’est trop pour un logo (2 Mo au plus)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="408" />
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file} : lecture impossible ({reason}).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="473" />
            <source>Add a market first (Setup &gt; Markets).</source>
            <translation>Ajoutez d’abord un marché (Configuration &gt; Marchés).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="475" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="475" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="476" />
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="476" />
            <source>city</source>
            <translation>ville</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="477" />
            <source>postal code</source>
            <translation>code postal</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="477" />
            <source>who signs</source>
            <translation>signataire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="480" />
            <source>Still needed: {fields}.</source>
            <translation>Encore requis : {fields}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="483" />
            <source>The code {code} is taken by another dealer.</source>
            <translation>Le code {code} est déjà pris par un autre concessionnaire.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="486" />
            <source>{email} is not an e-mail address.</source>
            <translation>{email} n’est pas une adresse e-mail.</translation>
        </message>
    </context>
    <context>
        <name>DealershipStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="263" />
            <source>&lt;b&gt;Your dealership.&lt;/b&gt; Where it is and what its letterhead says.</source>
            <translation>&lt;b&gt;Votre concession.&lt;/b&gt; Où elle se trouve et ce que dit son en-tête.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="277" />
            <source>Country *</source>
            <translation>Pays *</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="310" />
            <source>Order {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="318" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="325" />
            <source>{code} ({label}) locks the specification: it can no longer change.</source>
            <translation>{code} ({label}) verrouille la configuration : elle ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="328" />
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="328" />
            <source>Production week</source>
            <translation>Semaine de production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="329" />
            <source>ETA</source>
            <translation>Arrivée prévue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="330" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="344" />
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
        <name>FirstAllocation</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="72" />
            <source>Its first allocation (optional)</source>
            <translation>Sa première attribution (facultatif)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="81" />
            <source>none yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="82" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="83" />
            <source>Units</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_dialogs.py" line="87" />
            <source>Add a program first; units can be granted later on Allocations.</source>
            <translation>Ajoutez d’abord un programme ; les véhicules pourront être attribués plus tard dans Attributions.</translation>
        </message>
    </context>
    <context>
        <name>FlagWords</name>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="26" />
            <source>Position {position} at {dealer}</source>
            <translation>Place {position} chez {dealer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="31" />
            <source>{where}; {units}, so a unit is there for this customer.</source>
            <translation>{where} ; {units}, donc un véhicule est prévu pour ce client.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="35" />
            <source>{units}, all for customers ahead</source>
            <translation>{units}, tous pour des clients placés avant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="43" />
            <source>{where}; {ahead}; more {program} units may still come to the {market} market.</source>
            <translation>{where} ; {ahead} ; d’autres {program} peuvent encore arriver sur le marché {market}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="50" />
            <source>no unassigned units</source>
            <translation>aucun véhicule libre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="52" />
            <source>1 unassigned unit</source>
            <translation>1 véhicule libre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="53" />
            <source>{count} unassigned units</source>
            <translation>{count} véhicules libres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="61" />
            <source>{market} allocations were declared filled {source}</source>
            <translation>les attributions pour {market} ont été déclarées complètes {source}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="64" />
            <source>no more {program} will be built for {market}, as declared {source}</source>
            <translation>plus aucune {program} ne sera construite pour {market}, comme déclaré {source}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="74" />
            <source>by a memo from {sender}</source>
            <translation>par une note de {sender}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="78" />
            <source>by a memo</source>
            <translation>par une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="80" />
            <source>by the memo of {day}</source>
            <translation>par la note du {day}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/flag_words.py" line="82" />
            <source>on {day}</source>
            <translation>le {day}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="74" />
            <source>(not in the file)</source>
            <translation>(absent du fichier)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="87" />
            <source>{title}: {file}</source>
            <translation>{title} : {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="90" />
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="101" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="110" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="103" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="105" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="109" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="111" />
            <source>In the file</source>
            <translation>Dans le fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="112" />
            <source>Already known as</source>
            <translation>Déjà connu sous le nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="113" />
            <source>Because</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="117" />
            <source>Known customers</source>
            <translation>Clients connus</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="121" />
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="124" />
            <source>Import all rows</source>
            <translation>Importer toutes les lignes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="125" />
            <source>Import valid rows only</source>
            <translation>Importer uniquement les lignes valides</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="126" />
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="164" />
            <source>(column {number})</source>
            <translation>(colonne {number})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="202" />
            <source>Checking {count} rows…</source>
            <translation>Vérification de {count} lignes…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="216" />
            <source>&lt;b&gt;{valid}&lt;/b&gt; of {rows} rows are ready to import; &lt;b&gt;{bad}&lt;/b&gt; have problems (see Problems). Nothing is written until you import.</source>
            <translation>&lt;b&gt;{valid}&lt;/b&gt; lignes sur {rows} sont prêtes à être importées ; &lt;b&gt;{bad}&lt;/b&gt; présentent des problèmes (voir Problèmes). Rien n’est écrit avant que vous importiez.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="221" />
            <source>&lt;b&gt;{valid}&lt;/b&gt; of {rows} rows are ready to import. Nothing is written until you import.</source>
            <translation>&lt;b&gt;{valid}&lt;/b&gt; lignes sur {rows} sont prêtes à être importées. Rien n’est écrit avant que vous importiez.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="226" />
            <source>The workbook also sets up what this database lacks:</source>
            <translation>Le classeur crée aussi ce qui manque à cette base de données :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="236" />
            <source>Problems ({count})</source>
            <translation>Problèmes ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="241" />
            <source>merge</source>
            <translation>fusionner</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="246" />
            <source>{name} (customer {number})</source>
            <translation>{name} (client {number})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="257" />
            <source>Known customers ({count})</source>
            <translation>Clients connus ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="259" />
            <source>Nothing to note.</source>
            <translation>Aucune remarque.</translation>
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="137" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="138" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="139" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="140" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="141" />
            <source>Customer ref</source>
            <translation>N° client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="142" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="143" />
            <source>Dealer code</source>
            <translation>Code concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="144" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="145" />
            <source>Deposit date</source>
            <translation>Acompte versé le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="146" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="147" />
            <source>ETA</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="148" />
            <source>Family name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="149" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="150" />
            <source>Joined</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="151" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="152" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="153" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="154" />
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="155" />
            <source>Order number</source>
            <translation>N° de commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="156" />
            <source>Payment method</source>
            <translation>Mode de paiement</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="157" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="158" />
            <source>Position</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="159" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="160" />
            <source>Production week</source>
            <translation>Semaine de production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="161" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="162" />
            <source>Refund terms</source>
            <translation>Conditions de remboursement</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="163" />
            <source>Refundable</source>
            <translation>Remboursable</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="164" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="165" />
            <source>Signatory</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="166" />
            <source>Signatory title</source>
            <translation>Fonction du signataire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="167" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="168" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="169" />
            <source>Status code</source>
            <translation>Code de statut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="170" />
            <source>Status date</source>
            <translation>Date du statut</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="171" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="172" />
            <source>Title</source>
            <translation>Civilité</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="173" />
            <source>VIN</source>
            <translation>VIN</translation>
        </message>
    </context>
    <context>
        <name>ImportKind</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="60" />
            <source>Import a waitlist</source>
            <translation>Importer une liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="65" />
            <source>Import a dealer list</source>
            <translation>Importer une liste de concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/import_dialog.py" line="70" />
            <source>Import order statuses</source>
            <translation>Importer les états de commande</translation>
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
            <location filename="../../dealerapp/ui/pages/letters.py" line="184" />
            <source>All markets</source>
            <translation>Tous les marchés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="188" />
            <source>All dealers</source>
            <translation>Tous les concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="212" />
            <source>For the {count} customer(s) chosen in the waitlist</source>
            <translation>Pour {count} client(s) choisi(s) dans la liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="214" />
            <source>For the {count} customer(s) chosen</source>
            <translation>Pour {count} client(s) choisi(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="285" />
            <source>Nobody matches: no letter to write.</source>
            <translation>Personne ne correspond : aucune lettre à écrire.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="295" />
            <source>{count} customer(s) speak {language}: this letter is not written in it, so they get it in {instead}.</source>
            <translation>{count} client(s) parlent {language} : cette lettre n’existe pas dans cette langue, ils la reçoivent donc en {instead}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="300" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="310" />
            <source>{total} letter(s)</source>
            <translation>{total} lettre(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="312" />
            <source>{ticked} of {total} letter(s) ticked</source>
            <translation>{ticked} lettre(s) cochée(s) sur {total}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="347" />
            <source>Did the {count} letter(s) print correctly?</source>
            <translation>Les {count} lettre(s) ont-elles été correctement imprimées ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="354" />
            <source>Save the letters</source>
            <translation>Enregistrer les lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="361" />
            <source>A folder for one PDF per customer</source>
            <translation>Dossier pour un PDF par client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="373" />
            <source>Writing {count} letter(s)…</source>
            <translation>Écriture de {count} lettre(s)…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="379" />
            <source>Stopped: no letter was written, and nobody is marked as told.</source>
            <translation>Arrêté : aucune lettre n’a été écrite et personne n’est marqué comme prévenu.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="384" />
            <source>The letters were not written</source>
            <translation>Les lettres n’ont pas été écrites</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="390" />
            <source>The {count} letter(s) are saved in {file}.</source>
            <translation>{count} lettre(s) enregistrée(s) dans {file}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="395" />
            <source>The {count} letter(s) are saved one PDF per customer in {folder}.</source>
            <translation>{count} lettre(s) enregistrée(s) dans {folder}, un PDF par client.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="402" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="403" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="430" />
            <source>{count} letter(s) written; the database is read-only, so they are not marked as sent.</source>
            <translation>{count} lettre(s) écrite(s) ; la base de données est en lecture seule, elles ne sont donc pas marquées comme envoyées.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="437" />
            <source>Mark the letters as sent?</source>
            <translation>Marquer les lettres comme envoyées ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="440" />
            <source>Mark them as sent? Each customer then counts as told, and a copy of their letter is kept with them. Answer No if they still need checking: they stay owed, and you can print or save them again.</source>
            <translation>Les marquer comme envoyées ? Chaque client compte alors comme prévenu, et une copie de sa lettre est conservée avec lui. Répondez Non si elles doivent encore être vérifiées : elles restent dues, et vous pourrez les imprimer ou les enregistrer à nouveau.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="449" />
            <source>{count} letter(s) written, not marked as sent: they stay owed.</source>
            <translation>{count} lettre(s) écrite(s), non marquée(s) comme envoyée(s) : elles restent dues.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="466" />
            <source>Keeping a copy of each letter…</source>
            <translation>Conservation d’une copie de chaque lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="476" />
            <source>Stopped: nobody was marked as told.</source>
            <translation>Arrêté : personne n’a été marqué comme prévenu.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="481" />
            <source>{count} letter(s) marked as sent.</source>
            <translation>{count} lettre(s) marquée(s) comme envoyée(s).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="487" />
            <source>Marking {count} letter(s) as sent</source>
            <translation>Marquage de {count} lettre(s) comme envoyée(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="490" />
            <source>The letters were written but not marked as sent</source>
            <translation>Les lettres ont été écrites mais pas marquées comme envoyées</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="503" />
            <source>Letter templates</source>
            <translation>Modèles de lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/letters.py" line="512" />
            <source>Saving the template</source>
            <translation>Enregistrement du modèle</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="67" />
            <source>Restored. The database it replaced is kept as {copy}</source>
            <translation>Restauré. La base remplacée est conservée sous {copy}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="80" />
            <source>&amp;Import memo…</source>
            <translation>&amp;Importer une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="82" />
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation>Importer une note depuis un fichier (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="84" />
            <source>&amp;Paste memo text…</source>
            <translation>&amp;Coller le texte d’une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="117" />
            <source>Database: {where}</source>
            <translation>Base de données : {where}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="191" />
            <source>Spreadsheets (*.csv *.xlsx *.xls *.ods)</source>
            <translation>Tableurs (*.csv *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="210" />
            <source>Export the waitlist</source>
            <translation>Exporter la liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="211" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="222" />
            <source>Exported {count} entries to {path}</source>
            <translation>{count} réservations exportées vers {path}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="227" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="237" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="241" />
            <source>Set up your &amp;dealership…</source>
            <translation>Configurer votre &amp;concession…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="242" />
            <source>&amp;Open a database file…</source>
            <translation>&amp;Ouvrir un fichier de base…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="243" />
            <source>&amp;Connect to a shared server…</source>
            <translation>Se &amp;connecter à un serveur partagé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="255" />
            <source>Import a &amp;waitlist…</source>
            <translation>Importer une liste d’&amp;attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="256" />
            <source>Import a dealer &amp;list…</source>
            <translation>Importer une &amp;liste de concessionnaires…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="257" />
            <source>Import &amp;order statuses…</source>
            <translation>Importer les états de &amp;commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="262" />
            <source>&amp;Export the waitlist…</source>
            <translation>&amp;Exporter la liste d’attente…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="268" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="272" />
            <source>&amp;Staff and roles…</source>
            <translation>&amp;Équipe et rôles…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="276" />
            <source>Load &amp;demo data…</source>
            <translation>Charger les données de &amp;démonstration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="280" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="291" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="300" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="309" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="310" />
            <source>&amp;About dealerapp</source>
            <translation>À &amp;propos de dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="316" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="331" />
            <source>The window will be in %1 from the next start.</source>
            <translation>La fenêtre sera en %1 au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="338" />
            <source>dealerapp — {where} — read-only</source>
            <translation>dealerapp — {where} — lecture seule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="339" />
            <source>Database: {where} — read-only</source>
            <translation>Base de données : {where} — lecture seule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="342" />
            <source>&lt;b&gt;Read-only.&lt;/b&gt; This database is on a disk or share that cannot be written, or you may not change the file. You can look, print, export and back it up elsewhere; to make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Cette base se trouve sur un disque ou un partage où l’on ne peut pas écrire, ou vous ne pouvez pas modifier le fichier. Vous pouvez consulter, imprimer, exporter et la sauvegarder ailleurs ; pour la modifier, copiez-la dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="365" />
            <source>The database is open read-only</source>
            <translation>La base est ouverte en lecture seule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="354" />
            <source>Opened read-only: changes are switched off</source>
            <translation>Ouverte en lecture seule : les modifications sont désactivées</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="380" />
            <source>Refreshed</source>
            <translation>Actualisé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="395" />
            <source>An empty database: choose how to start</source>
            <translation>Une base vide : choisissez comment commencer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="437" />
            <source>Built on {date} for {system}.</source>
            <translation>Construit le {date} pour {system}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="441" />
            <source>Running from an installed Python package, not a built copy.</source>
            <translation>Exécuté depuis un paquet Python installé, pas depuis une version construite.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="444" />
            <source>About dealerapp</source>
            <translation>À propos de dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/main_window.py" line="447" />
            <source>Allocations, waitlists and customer letters for a car there is not enough of.</source>
            <translation>Attributions, listes d’attente et lettres aux clients pour une voiture trop rare.</translation>
        </message>
    </context>
    <context>
        <name>MarketForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="200" />
            <source>Country *</source>
            <translation>Pays *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="201" />
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="203" />
            <source>Language *</source>
            <translation>Langue *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="203" />
            <source>e.g. en, de, fr</source>
            <translation>p. ex. en, de, fr</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="206" />
            <source>Locale *</source>
            <translation>Paramètres régionaux *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="206" />
            <source>dates and money, e.g. de_CH</source>
            <translation>dates et montants, p. ex. de_CH</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="208" />
            <source>Currency *</source>
            <translation>Devise *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="208" />
            <source>e.g. USD, EUR</source>
            <translation>p. ex. USD, EUR</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="211" />
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="214" />
            <source>Paper for letters</source>
            <translation>Papier des lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="215" />
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="241" />
            <source>Filled in from CLDR for the country; change what differs.</source>
            <translation>Rempli d’après les données CLDR du pays ; modifiez ce qui diffère.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="237" />
            <source>Filled in from CLDR for the country; change what differs. Also spoken there: {languages}.</source>
            <translation>Rempli d’après les données CLDR du pays ; modifiez ce qui diffère. Langues aussi parlées : {languages}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="264" />
            <source>Choose the country of the market.</source>
            <translation>Choisissez le pays du marché.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="267" />
            <source>There is a market for {code} already.</source>
            <translation>Il existe déjà un marché pour {code}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="269" />
            <source>The market needs a name.</source>
            <translation>Le marché doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="271" />
            <source>{locale} is not a locale (en_US, de_DE, …).</source>
            <translation>{locale} n’est pas un code de paramètres régionaux (en_US, de_DE, …).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="274" />
            <source>{currency} is not a currency code (USD, EUR, …).</source>
            <translation>{currency} n’est pas un code de devise (USD, EUR, …).</translation>
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
            <location filename="../../dealerapp/ui/pages/memos.py" line="73" />
            <source>Memos (*.txt *.eml *.msg *.pdf);;All files (*)</source>
            <translation>Notes (*.txt *.eml *.msg *.pdf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Import memo…</source>
            <translation type="vanished">&amp;Importer une note…</translation>
        </message>
        <message>
            <source>Import a memo file (.txt, .eml, .msg, .pdf)</source>
            <translation type="vanished">Importer une note depuis un fichier (.txt, .eml, .msg, .pdf)</translation>
        </message>
        <message>
            <source>&amp;Paste memo text…</source>
            <translation type="vanished">&amp;Coller le texte d’une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="94" />
            <source>Import memo…</source>
            <translation>Importer une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="95" />
            <source>Paste memo text…</source>
            <translation>Coller le texte d’une note…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="183" />
            <source>Import a memo</source>
            <translation>Importer une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="195" />
            <source>Importing {file}</source>
            <translation>Importation de {file}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="198" />
            <location filename="../../dealerapp/ui/pages/memos.py" line="218" />
            <source>The memo was not imported</source>
            <translation>La note n’a pas été importée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="206" />
            <source>Paste a memo</source>
            <translation>Coller une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="207" />
            <source>Paste the memo's text, with its From: and Date: lines if any:</source>
            <translation>Collez le texte de la note, avec ses lignes « De : » et « Date : » le cas échéant :</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="215" />
            <source>Importing the pasted memo</source>
            <translation>Importation de la note collée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="230" />
            <source>This does not look like a memo</source>
            <translation>Cela ne ressemble pas à une note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="231" />
            <source>Store it as a memo anyway?</source>
            <translation>L’enregistrer quand même comme note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="244" />
            <source>look it over, then Apply</source>
            <translation>relisez-la, puis cliquez sur « Appliquer »</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="245" />
            <source>look it over; a rumor is only ever a scenario</source>
            <translation>relisez-la ; une rumeur n’est jamais qu’un scénario</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="246" />
            <source>nothing in it changes allocations; read the sentences that may matter</source>
            <translation>rien dans cette note ne change les attributions ; lisez les phrases qui peuvent compter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="248" />
            <source>Imported memo {memo}: {confidence}, {count} directive(s); {next_step}.</source>
            <translation>Note {memo} importée : {confidence}, {count} directive(s) ; {next_step}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="261" />
            <source>Why is memo {memo} deleted? (kept in the audit log)</source>
            <translation>Pourquoi la note {memo} est-elle supprimée ? (consigné dans le journal)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="263" />
            <source>Delete the memo</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="268" />
            <source>A reason is needed to delete memo {memo}. Why is it deleted?</source>
            <translation>Un motif est nécessaire pour supprimer la note {memo}. Pourquoi est-elle supprimée ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="280" />
            <source>Deleting memo {memo}</source>
            <translation>Suppression de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="283" />
            <source>The memo was not deleted</source>
            <translation>La note n’a pas été supprimée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="296" />
            <source>Memo {memo} cannot be applied</source>
            <translation>La note {memo} ne peut pas être appliquée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="302" />
            <source>Apply the memo?</source>
            <translation>Appliquer la note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="303" />
            <source>Apply memo {memo}?</source>
            <translation>Appliquer la note {memo} ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="307" />
            <source>A safety copy of the database is made first; Revert undoes it exactly.</source>
            <translation>Une copie de sécurité de la base est faite d’abord ; « Annuler l’application » défait tout exactement.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="314" />
            <source>Applied memo {memo}.</source>
            <translation>Note {memo} appliquée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="318" />
            <source>Applying memo {memo}</source>
            <translation>Application de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="321" />
            <source>The memo was not applied</source>
            <translation>La note n’a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="332" />
            <source>Memo {memo} cannot be reverted</source>
            <translation>L’application de la note {memo} ne peut pas être annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="339" />
            <source>{count} of them were already told by letter; each will be owed a correction letter (Letters page).</source>
            <translation>{count} d’entre eux ont déjà été prévenus par lettre ; chacun devra recevoir une lettre rectificative (page Lettres).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="348" />
            <source>Revert the memo?</source>
            <translation>Annuler l’application de la note ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="350" />
            <source>Undo everything memo {memo} changed? The customers' flags go back to what they were before it was applied.</source>
            <translation>Défaire tout ce que la note {memo} a changé ? Les indicateurs des clients reviennent à leur état d’avant l’application.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="361" />
            <source>Reverting memo {memo}</source>
            <translation>Annulation de l’application de la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="364" />
            <source>Reverted memo {memo}.</source>
            <translation>Application de la note {memo} annulée.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="366" />
            <source>The memo was not reverted</source>
            <translation>L’application de la note n’a pas été annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="373" />
            <source>{count} from {move}</source>
            <translation>{count} de {move}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="379" />
            <source>Customers whose flag changed: {moves}.</source>
            <translation>Clients dont l’indicateur a changé : {moves}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="380" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="396" />
            <source>{count} correction letter(s) are owed.</source>
            <translation>{count} lettre(s) rectificative(s) à envoyer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="398" />
            <source>{count} 'cannot be served' letter(s) are owed.</source>
            <translation>{count} lettre(s) « non servable » à envoyer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="403" />
            <source>Write the {count} letter(s)…</source>
            <translation>Écrire les {count} lettre(s)…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="430" />
            <source>Track the {vehicle}</source>
            <translation>Suivre {vehicle} comme programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="431" />
            <source>Memo {memo} names the {vehicle}. As a program, its allocation, waitlist and memos are kept here; the memo is read again once it is saved.</source>
            <translation>La note {memo} cite {vehicle}. En tant que programme, ses attributions, sa liste d’attente et ses notes sont gérées ici ; la note est relue une fois l’enregistrement fait.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="450" />
            <source>Added the program {name} ({code}) and read memo {memo} again: {count} directive(s)</source>
            <translation>Programme {name} ({code}) ajouté et note {memo} relue : {count} directive(s)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="455" />
            <source>Adding the program</source>
            <translation>Ajout du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="456" />
            <source>The program was not added</source>
            <translation>Le programme n’a pas été ajouté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="472" />
            <source>Correcting the directive</source>
            <translation>Correction de la directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="475" />
            <source>Not corrected</source>
            <translation>Non corrigée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="513" />
            <source>Added a {kind} to memo {memo}</source>
            <translation>Directive ({kind}) ajoutée à la note {memo}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="519" />
            <source>Adding the directive</source>
            <translation>Ajout de la directive</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="521" />
            <source>The directive was not added</source>
            <translation>La directive n’a pas été ajoutée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/memos.py" line="524" />
            <source>Reading the programs and markets</source>
            <translation>Lecture des programmes et des marchés</translation>
        </message>
    </context>
    <context>
        <name>OpenMark</name>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="42" />
            <source>This database is already open</source>
            <translation>Cette base de données est déjà ouverte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="43" />
            <source>{holder}

A second window works, but each shows the other's changes only after Refresh (F5). Open it here anyway?</source>
            <translation>{holder}

Une seconde fenêtre fonctionne, mais chacune n’affiche les modifications de l’autre qu’après « Actualiser » (F5). L’ouvrir ici quand même ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="60" />
            <source>dealerapp already has this database open on the computer “{host}” (process {pid}).</source>
            <translation>dealerapp a déjà ouvert cette base de données sur l’ordinateur « {host} » (processus {pid}).</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/open_elsewhere.py" line="65" />
            <source>dealerapp already has this database open on the computer “{host}” (process {pid}) since {since}.</source>
            <translation>dealerapp a ouvert cette base de données sur l’ordinateur « {host} » depuis {since} (processus {pid}).</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="100" />
            <source>Find an order, customer, dealer or VIN…</source>
            <translation>Chercher une commande, un client, un concessionnaire ou un VIN…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="110" />
            <source>Change status…</source>
            <translation>Modifier l’état…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="111" />
            <source>VIN, ETA, specification…</source>
            <translation>VIN, arrivée, configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="112" />
            <source>Order status letter…</source>
            <translation>Lettre sur l’état de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="113" />
            <source>Import status file…</source>
            <translation>Importer un fichier d’états…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="149" />
            <source>All orders ({count})</source>
            <translation>Toutes les commandes ({count})</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="197" />
            <source>Choose an order to see its history.</source>
            <translation>Choisissez une commande pour voir son historique.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="210" />
            <source>Order {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="211" />
            <source>entry {id}</source>
            <translation>réservation {id}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="212" />
            <source>{stage} since {date}</source>
            <translation>{stage} depuis le {date}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="215" />
            <source>VIN {vin}</source>
            <translation>VIN {vin}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="216" />
            <source>Production week {week}</source>
            <translation>Semaine de production {week}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="217" />
            <source>ETA {eta}</source>
            <translation>Arrivée prévue {eta}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="218" />
            <source>Specification (locked)</source>
            <translation>Configuration (verrouillée)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="218" />
            <source>Specification</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="219" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="247" />
            <source>Changing the order status…</source>
            <translation>Modification de l’état de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="249" />
            <source>Order status</source>
            <translation>État de la commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="263" />
            <source>Saving the order…</source>
            <translation>Enregistrement de la commande…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="265" />
            <source>Order details</source>
            <translation>Détails de la commande</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="32" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="36" />
            <location filename="../../dealerapp/ui/pages/audit.py" line="47" />
            <source>Audit</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/audit.py" line="49" />
            <source>Every change that matters, newest first: who made it, when, and what it was. Filter by person, kind of work, words or dates.</source>
            <translation>Chaque changement qui compte, du plus récent au plus ancien : qui, quand et quoi. Filtrer par personne, type de travail, mots ou dates.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="30" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="35" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="33" />
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
            <location filename="../../dealerapp/ui/page_stack.py" line="34" />
            <location filename="../../dealerapp/ui/pages/orders.py" line="77" />
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="79" />
            <source>Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage on the left; a locked specification can no longer be changed.</source>
            <translation>Chaque véhicule commandé, de la commande à la livraison, selon les codes d’état du constructeur. Choisissez une étape à gauche ; une configuration verrouillée ne peut plus changer.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="37" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="105" />
            <source>Setup</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="107" />
            <source>The cars you sell by allocation, the markets you sell in and your dealers, with what their letters need. Shares and units are kept on Allocations.</source>
            <translation>Les voitures que vous vendez sur attribution, vos marchés et vos concessionnaires, avec ce que leurs lettres demandent. Parts et véhicules se gèrent sous Attributions.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/page_stack.py" line="31" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="73" />
            <source>Waitlist</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="75" />
            <source>Every customer in every dealer's queue, with whether a car is there for them. Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or deliver.</source>
            <translation>Chaque client dans la file de chaque concessionnaire, et si une voiture l’attend. Clic droit sur une réservation (ou les raccourcis) pour la déplacer, l’affecter, l’annuler, la rembourser ou la livrer.</translation>
        </message>
    </context>
    <context>
        <name>ProgramForm</name>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="82" />
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="82" />
            <source>e.g. Chevrolet Corvette Z06</source>
            <translation>p. ex. Chevrolet Corvette Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="85" />
            <source>Code *</source>
            <translation>Code *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="85" />
            <source>a short code staff type, e.g. Z06</source>
            <translation>un code court que le personnel saisit, p. ex. Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="88" />
            <source>Manufacturer (OEM) *</source>
            <translation>Constructeur (OEM) *</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="88" />
            <source>e.g. GM, BMW, Ford</source>
            <translation>p. ex. GM, BMW, Ford</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="94" />
            <source>not known</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="97" />
            <source>Planned run</source>
            <translation>Série prévue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="99" />
            <source>Other names in memos</source>
            <translation>Autres noms dans les notes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="100" />
            <source>separated by semicolons: Z06; C8 Z06</source>
            <translation>séparés par des points-virgules : Z06; C8 Z06</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="103" />
            <source>Plurals and possessives (Z06s, the Z06's) are understood without these.</source>
            <translation>Les pluriels et les possessifs (Z06s, the Z06's) sont reconnus sans cela.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="110" />
            <source>none yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="113" />
            <source>{codes} order status codes</source>
            <translation>Codes d’état de commande {codes}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="116" />
            <source>Order status codes</source>
            <translation>Codes d’état de commande</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="163" />
            <source>OEM</source>
            <translation>constructeur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/widgets/setup_forms.py" line="167" />
            <source>Still needed: {fields}.</source>
            <translation>Encore requis : {fields}.</translation>
        </message>
    </context>
    <context>
        <name>ProgramStep</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="304" />
            <source>&lt;b&gt;The car you sell by allocation.&lt;/b&gt; The name memos use for it, and whose order status codes its orders follow.</source>
            <translation>&lt;b&gt;Le véhicule que vous vendez par attribution.&lt;/b&gt; Le nom que lui donnent les notes, et les codes d’état de commande que suivent ses commandes.</translation>
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
        <name>SetupFlow</name>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="44" />
            <source>Your dealership</source>
            <translation>Votre concession</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="45" />
            <source>The car</source>
            <translation>Le véhicule</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="46" />
            <source>Its allocation</source>
            <translation>Son attribution</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="47" />
            <source>Your customers</source>
            <translation>Vos clients</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="56" />
            <source>Set up your dealership</source>
            <translation>Configurer votre concession</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="83" />
            <source>Finish later</source>
            <translation>Terminer plus tard</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="85" />
            <source>Skip this step</source>
            <translation>Passer cette étape</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="87" />
            <location filename="../../dealerapp/ui/setup_flow.py" line="123" />
            <source>Save and continue</source>
            <translation>Enregistrer et continuer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="123" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="191" />
            <source>Saving your dealership</source>
            <translation>Enregistrement de votre concession</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="192" />
            <source>Saving your dealership: not saved</source>
            <translation>Votre concession n’a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="206" />
            <source>Saving the program</source>
            <translation>Enregistrement du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="207" />
            <source>Saving the program: not saved</source>
            <translation>Le programme n’a pas été enregistré</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="226" />
            <source>Granting the allocation</source>
            <translation>Octroi de l’attribution</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="227" />
            <source>Granting the allocation: not saved</source>
            <translation>L’attribution n’a pas été accordée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="243" />
            <source>Adding the customer</source>
            <translation>Ajout du client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/setup_flow.py" line="244" />
            <source>The customer was not added</source>
            <translation>Le client n’a pas été ajouté</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="45" />
            <source>in use</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="46" />
            <source>retired {date}</source>
            <translation>archivé le {date}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="52" />
            <source>none yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="53" />
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="54" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="55" />
            <source>ours</source>
            <translation>nôtre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="56" />
            <source>group</source>
            <translation>groupe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="124" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="205" />
            <source>Guided set-up…</source>
            <translation>Configuration guidée…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="134" />
            <source>Programs</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="135" />
            <source>Add a program…</source>
            <translation>Ajouter un programme…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="136" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="143" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="147" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="137" />
            <source>Retire…</source>
            <translation>Archiver…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="138" />
            <source>Bring back</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="139" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="141" />
            <source>Markets</source>
            <translation>Marchés</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="142" />
            <source>Add a market…</source>
            <translation>Ajouter un marché…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="145" />
            <source>Dealers</source>
            <translation>Concessionnaires</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="146" />
            <source>Add a dealer…</source>
            <translation>Ajouter un concessionnaire…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="198" />
            <source>&lt;b&gt;Set-up:&lt;/b&gt; {steps}&lt;br&gt;Next: {step}.</source>
            <translation>&lt;b&gt;Configuration :&lt;/b&gt; {steps}&lt;br&gt;Étape suivante : {step}.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="202" />
            <source>&lt;b&gt;Set-up:&lt;/b&gt; {steps}&lt;br&gt;All done.</source>
            <translation>&lt;b&gt;Configuration :&lt;/b&gt; {steps}&lt;br&gt;Tout est fait.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="205" />
            <source>Continue the set-up…</source>
            <translation>Poursuivre la configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="212" />
            <source>Setup</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="212" />
            <source>Choose a row in the table first.</source>
            <translation>Choisissez d’abord une ligne du tableau.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="236" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="323" />
            <location filename="../../dealerapp/ui/pages/setup.py" line="364" />
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="236" />
            <source>Add a program</source>
            <translation>Ajouter un programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="237" />
            <source>A limited vehicle you sell by allocation.</source>
            <translation>Un véhicule en série limitée que vous vendez par attribution.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="251" />
            <source>Adding the program</source>
            <translation>Ajout du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="251" />
            <source>Adding the program: not saved</source>
            <translation>Le programme n’a pas été ajouté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="265" />
            <source>Changing the program</source>
            <translation>Modification du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="266" />
            <source>Changing the program: not saved</source>
            <translation>Le programme n’a pas été modifié</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="274" />
            <source>Retire {program}? It then takes no new customers and no new units; everything it has stays as it is.

{count} customer(s) are still waiting for the {code}: they stay on the waitlist, keep their flags and still need to be told.</source>
            <translation>Archiver {program} ? Il n’accepte alors plus de nouveaux clients ni de nouveaux véhicules ; tout ce qu’il contient reste inchangé.

{count} client(s) attendent encore le {code} : ils restent sur la liste d’attente, gardent leur indicateur et doivent encore être prévenus.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="280" />
            <source>Retire {program}? It then takes no new customers and no new units; everything it has stays as it is.</source>
            <translation>Archiver {program} ? Il n’accepte alors plus de nouveaux clients ni de nouveaux véhicules ; tout ce qu’il contient reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="283" />
            <source>Retire the program?</source>
            <translation>Archiver le programme ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="286" />
            <source>Retiring the program</source>
            <translation>Archivage du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="287" />
            <source>Retiring the program: not saved</source>
            <translation>Le programme n’a pas été archivé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="293" />
            <source>Bringing the program back</source>
            <translation>Réactivation du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="294" />
            <source>Bringing the program back: not saved</source>
            <translation>Le programme n’a pas été réactivé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="302" />
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="303" />
            <source>{program} has customers, ledger rows or memos; a program with history is retired, never deleted.</source>
            <translation>{program} a des clients, des lignes du registre ou des notes ; un programme qui a un historique est archivé, jamais supprimé.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="308" />
            <source>Delete the program?</source>
            <translation>Supprimer le programme ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="309" />
            <source>Delete {program}?</source>
            <translation>Supprimer {program} ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="313" />
            <source>Deleting the program</source>
            <translation>Suppression du programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="314" />
            <source>Deleting the program: not saved</source>
            <translation>Le programme n’a pas été supprimé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="323" />
            <source>Add a market</source>
            <translation>Ajouter un marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="324" />
            <source>A country you sell in.</source>
            <translation>Un pays où vous vendez.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="337" />
            <source>Adding the market</source>
            <translation>Ajout du marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="337" />
            <source>Adding the market: not saved</source>
            <translation>Le marché n’a pas été ajouté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="351" />
            <source>Changing the market</source>
            <translation>Modification du marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="351" />
            <source>Changing the market: not saved</source>
            <translation>Le marché n’a pas été modifié</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="364" />
            <source>Add a dealer</source>
            <translation>Ajouter un concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="365" />
            <source>Everything its letterhead needs.</source>
            <translation>Tout ce dont son en-tête a besoin.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="392" />
            <source>Adding the dealer</source>
            <translation>Ajout du concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="392" />
            <source>Adding the dealer: not saved</source>
            <translation>Le concessionnaire n’a pas été ajouté</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="411" />
            <source>Changing the dealer</source>
            <translation>Modification du concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/setup.py" line="411" />
            <source>Changing the dealer: not saved</source>
            <translation>Le concessionnaire n’a pas été modifié</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="31" />
            <source>the daily waitlist work, letters, imports</source>
            <translation>le travail quotidien sur la liste d’attente, les lettres, les importations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="34" />
            <source>also memos, allocation cuts and transfers, letter templates</source>
            <translation>en plus les notes, les retraits et transferts d’attributions, les modèles de lettres</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="38" />
            <source>also the staff list</source>
            <translation>en plus la liste de l’équipe</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="46" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="123" />
            <source>Staff and roles</source>
            <translation>Équipe et rôles</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="51" />
            <source>Once someone is on this list, applying or reverting memos, cutting or transferring allocations and editing letter templates need a manager, and this list an admin. The first person added must be an admin.</source>
            <translation>Dès qu’une personne figure sur cette liste, appliquer ou annuler des notes, retirer ou transférer des attributions et modifier les modèles de lettres exigent un responsable, et cette liste un administrateur. La première personne ajoutée doit être administrateur.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="80" />
            <source>Login</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="81" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <location filename="../../dealerapp/ui/staff_dialog.py" line="82" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="60" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="71" />
            <source>their login (on the shared server: the database login)</source>
            <translation>son identifiant (sur le serveur partagé : l’identifiant de la base de données)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="78" />
            <source>may work here</source>
            <translation>peut travailler ici</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="85" />
            <source>Save this person</source>
            <translation>Enregistrer cette personne</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="102" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="102" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/staff_dialog.py" line="122" />
            <source>Saving the staff list</source>
            <translation>Enregistrement de la liste de l’équipe</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="68" />
            <source>dealerapp is incomplete</source>
            <translation>dealerapp est incomplet</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="69" />
            <source>Files that come with dealerapp are missing, so it cannot start:

{files}

Install dealerapp again.</source>
            <translation>Des fichiers livrés avec dealerapp manquent ; il ne peut pas démarrer :

{files}

Installez dealerapp de nouveau.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="118" />
            <source>About this database</source>
            <translation>À propos de cette base</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="194" />
            <source>The database is damaged</source>
            <translation>La base est endommagée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="202" />
            <source>Restore the backup taken {when} now? The damaged file is kept among the backups.</source>
            <translation>Restaurer maintenant la sauvegarde du {when} ? Le fichier endommagé est conservé parmi les sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="216" />
            <source>The backup could not be restored</source>
            <translation>La sauvegarde n’a pas pu être restaurée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="173" />
            <location filename="../../dealerapp/ui/app.py" line="183" />
            <source>dealerapp cannot open the database</source>
            <translation>dealerapp ne peut pas ouvrir la base</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="239" />
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/app.py" line="241" />
            <source>The window keeps running; nothing half-done was saved. What happened and where is written to the log: {log}</source>
            <translation>La fenêtre continue ; rien d’inachevé n’a été enregistré. Ce qui s’est passé et où est écrit dans le journal : {log}</translation>
        </message>
    </context>
    <context>
        <name>StartChoices</name>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="29" />
            <source>dealerapp databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Bases de données dealerapp (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="47" />
            <source>Demo data loaded: {count} waitlist entries</source>
            <translation>Données de démonstration chargées : {count} réservations en liste d’attente</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="56" />
            <source>Loading the demo data</source>
            <translation>Chargement des données de démonstration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="65" />
            <source>Replace all data?</source>
            <translation>Remplacer toutes les données ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="66" />
            <source>This database already holds data. Loading the demo data deletes every dealer, customer, entry and memo in it first.

Replace everything with the demo?</source>
            <translation>Cette base de données contient déjà des données. Le chargement des données de démonstration supprime d’abord tous les concessionnaires, clients, réservations et notes qu’elle contient.

Tout remplacer par la démonstration ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="79" />
            <source>Setup</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/first_start.py" line="104" />
            <source>Open a dealerapp database</source>
            <translation>Ouvrir une base de données dealerapp</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="277" />
            <source>Status of order {number}</source>
            <translation>État de la commande {number}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="292" />
            <source>New status</source>
            <translation>Nouvel état</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/orders.py" line="293" />
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
        <name>Tasks</name>
        <message>
            <location filename="../../dealerapp/ui/tasks.py" line="184" />
            <source>Something went wrong: {error}

Nothing was half-written: the change was undone. The details are in the log in {folder}.</source>
            <translation>Un problème est survenu : {error}

Rien n’a été écrit à moitié : la modification a été annulée. Les détails sont dans le journal, dans {folder}.</translation>
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
        <name>Undo</name>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="21" />
            <source>Redo: {what}</source>
            <translation>Rétablir : {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="22" />
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="23" />
            <source>Undo: {what}</source>
            <translation>Annuler : {what}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/waitlist_actions.py" line="24" />
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
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
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="119" />
            <source>Entered</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="120" />
            <source>Scheduled</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="121" />
            <source>In production</source>
            <translation>En production</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="122" />
            <source>Built</source>
            <translation>Construite</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="123" />
            <source>In transit</source>
            <translation>En route</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="124" />
            <source>At dealer</source>
            <translation>Chez le concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="125" />
            <source>Delivered</source>
            <translation>Livrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="126" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="127" />
            <source>On hold</source>
            <translation>Suspendue</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="128" />
            <source>Your dealership</source>
            <translation>Votre concession</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="129" />
            <source>The car you sell by allocation</source>
            <translation>La voiture que vous vendez sur attribution</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="130" />
            <source>Its allocation</source>
            <translation>Son attribution</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/texts.py" line="131" />
            <source>Your customers</source>
            <translation>Vos clients</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPage</name>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="117" />
            <source>Choose an entry to see it here.</source>
            <translation>Choisissez une réservation pour la voir ici.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="132" />
            <source>Show only one program</source>
            <translation>N’afficher qu’un programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="133" />
            <source>Show only one market</source>
            <translation>N’afficher qu’un marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="134" />
            <source>Show only one dealer</source>
            <translation>N’afficher qu’un concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="136" />
            <source>Show only one flag</source>
            <translation>N’afficher qu’un indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="141" />
            <source>Find: customer, dealer, status, specification…</source>
            <translation>Chercher : client, concessionnaire, statut, configuration…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="144" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="144" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="145" />
            <source>Dealer</source>
            <translation>Concessionnaire</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="145" />
            <source>Flag</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="162" />
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="181" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="242" />
            <source>{shown} of {total} entries</source>
            <translation>{shown} sur {total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="244" />
            <source>{total} entries</source>
            <translation>{total} réservations</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="278" />
            <source>the first {shown}; reading the others…</source>
            <translation>les {shown} premiers ; lecture des autres…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="297" />
            <source>The filters were changed to show the customer just added.</source>
            <translation>Les filtres ont été modifiés pour montrer le client qui vient d’être ajouté.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="347" />
            <source>&amp;Add customer…</source>
            <translation>&amp;Nouveau client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="349" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="350" />
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="352" />
            <source>Move &amp;down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="355" />
            <source>A&amp;ssign a unit</source>
            <translation>A&amp;ffecter</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="358" />
            <source>&amp;Cancel entry…</source>
            <translation>A&amp;nnuler…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="361" />
            <source>&amp;Refund deposit…</source>
            <translation>&amp;Rembourser…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="364" />
            <source>Mark &amp;delivered</source>
            <translation>&amp;Livrée</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="367" />
            <source>&amp;Write a letter…</source>
            <translation>&amp;Écrire une lettre…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="370" />
            <source>E&amp;xport the customer's data…</source>
            <translation>E&amp;xporter les données du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="373" />
            <source>Erase the customer's personal data…</source>
            <translation>Effacer les données personnelles du client…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="378" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="380" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="439" />
            <source>Over-subscribed</source>
            <translation>Surréservé</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="451" />
            <source>Add customer</source>
            <translation>Ajouter un client</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="494" />
            <source>Edit {customer}</source>
            <translation>Modifier {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="510" />
            <source>A reason is required (it is kept with the change). {prompt}</source>
            <translation>Un motif est nécessaire (il est conservé avec la modification). {prompt}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="522" />
            <source>Move entry</source>
            <translation>Déplacer la réservation</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="523" />
            <source>Why does {customer} move to {target}?</source>
            <translation>Pourquoi {customer} passe-t-il à la place {target} ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="533" />
            <source>Move {customer} to {target}</source>
            <translation>{customer} à la place {target}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="551" />
            <source>Assign out of order</source>
            <translation>Affecter hors de l’ordre</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="553" />
            <source>{count} customer(s) are ahead of {customer}. Why do they get the unit?</source>
            <translation>{count} client(s) précèdent {customer}. Pourquoi reçoit-il le véhicule ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="560" />
            <source>Assign a unit to {customer}</source>
            <translation>Affecter un véhicule à {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="571" />
            <source>Cancel entry</source>
            <translation>Annuler la réservation</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="572" />
            <source>Why is {customer}'s entry cancelled?</source>
            <translation>Pourquoi la réservation de {customer} est-elle annulée ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="577" />
            <source>Cancel {customer}</source>
            <translation>Annuler {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="588" />
            <source>Refund deposit</source>
            <translation>Rembourser l’acompte</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="589" />
            <source>Why is {customer}'s deposit refunded?</source>
            <translation>Pourquoi l’acompte de {customer} est-il remboursé ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="594" />
            <source>Refund {customer}</source>
            <translation>Rembourser {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="605" />
            <source>Deliver to {customer}</source>
            <translation>Livrer à {customer}</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/pages/waitlist.py" line="618" />
            <source>A unit came free</source>
            <translation>Un véhicule s’est libéré</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="24" />
            <source>Welcome to dealerapp</source>
            <translation>Bienvenue dans dealerapp</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="33" />
            <source>Allocations, waitlists and customer letters for a car there is not enough of. This database is empty. How would you like to start?</source>
            <translation>Attributions, listes d’attente et lettres aux clients pour une voiture dont il n’y a pas assez. Cette base de données est vide. Comment souhaitez-vous commencer ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="48" />
            <source>Set up my dealership</source>
            <translation>Configurer ma concession</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="49" />
            <source>Your dealership, the car you sell by allocation, its units and your customers, in four short steps. Each can be finished later from the Setup page.</source>
            <translation>Votre concession, la voiture que vous vendez sur attribution, ses véhicules et vos clients, en quatre étapes courtes. Chacune peut être terminée plus tard depuis la page « Configuration ».</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="53" />
            <source>Try the demo</source>
            <translation>Essayer la démonstration</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="54" />
            <source>The story of the BMW 1M allocation: 9 markets, 31 dealers and about 500 customers, to see dealerapp at work. Your own data can replace it later.</source>
            <translation>L’histoire de l’attribution de la BMW 1M : 9 marchés, 31 concessionnaires et environ 500 clients, pour voir dealerapp à l’œuvre. Vos propres données pourront la remplacer plus tard.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="57" />
            <source>Open a database file…</source>
            <translation>Ouvrir un fichier de base de données…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="58" />
            <source>A dealerapp file from another desk, or a copy from the backups folder.</source>
            <translation>Un fichier dealerapp d’un autre poste, ou une copie du dossier des sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="60" />
            <source>Connect to a shared server…</source>
            <translation>Se connecter à un serveur partagé…</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/welcome.py" line="61" />
            <source>Your dealer group's PostgreSQL server, where several desks share one database. The connection is tried before it is kept.</source>
            <translation>Le serveur PostgreSQL de votre groupe de concessionnaires, où plusieurs postes partagent une base de données. La connexion est testée avant d’être conservée.</translation>
        </message>
    </context>
    <context>
        <name>WhoDialog</name>
        <message>
            <location filename="../../dealerapp/ui/who_dialog.py" line="19" />
            <source>Who is working?</source>
            <translation>Qui travaille ?</translation>
        </message>
        <message>
            <location filename="../../dealerapp/ui/who_dialog.py" line="22" />
            <source>Choose your name. The audit log records it with every change.</source>
            <translation>Choisissez votre nom. Le journal l’enregistre à chaque modification.</translation>
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