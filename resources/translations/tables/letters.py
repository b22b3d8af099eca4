"""Translations of the Letters page: its bar, recipients, buttons and messages, the template
editor, and the dashboard's supply chart and the result bar shown under big steps."""

from __future__ import annotations

# (context, English) -> (German, French)
TRANSLATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("LettersPage", "every open entry"): (
        "alle laufenden Einträge", "toutes les réservations en cours"
    ),
    ("LettersPage", "covered customers"): ("gedeckte Kunden", "clients couverts"),
    ("LettersPage", "pending customers"): ("ausstehende Kunden", "clients en suspens"),
    ("LettersPage", "unservable customers"): ("nicht bedienbare Kunden", "clients non servables"),
    ("LettersPage", "only those not told yet"): (
        "nur noch nicht Benachrichtigte", "seulement les clients pas encore prévenus"
    ),
    ("LettersPage", "Letter"): ("Brief", "Lettre"),
    ("LettersPage", "Market"): ("Markt", "Marché"),
    ("LettersPage", "Dealer"): ("Händler", "Concessionnaire"),
    ("LettersPage", "Who"): ("Wer", "Qui"),
    ("LettersPage", "Use the filters instead"): (
        "Stattdessen die Filter verwenden", "Utiliser plutôt les filtres"
    ),
    ("LettersPage", "Tick all"): ("Alle auswählen", "Tout cocher"),
    ("LettersPage", "Untick all"): ("Alle abwählen", "Tout décocher"),
    ("LettersPage", "Print preview…"): ("Druckvorschau…", "Aperçu avant impression…"),
    ("LettersPage", "Print…"): ("Drucken…", "Imprimer…"),
    ("LettersPage", "Save one PDF…"): ("Als ein PDF speichern…", "Enregistrer en un seul PDF…"),
    ("LettersPage", "One PDF per customer…"): ("Ein PDF pro Kunde…", "Un PDF par client…"),
    ("LettersPage", "Edit a copy of this letter…"): (
        "Kopie dieses Briefs bearbeiten…", "Modifier une copie de cette lettre…"
    ),
    ("LettersPage", "All markets"): ("Alle Märkte", "Tous les marchés"),
    ("LettersPage", "All dealers"): ("Alle Händler", "Tous les concessionnaires"),
    ("LettersPage", "For the {count} customer(s) chosen in the waitlist"): (
        "Für {count} in der Warteliste gewählte(n) Kunden",
        "Pour {count} client(s) choisi(s) dans la liste d’attente",
    ),
    ("LettersPage", "For the {count} customer(s) chosen"): (
        "Für {count} gewählte(n) Kunden", "Pour {count} client(s) choisi(s)"
    ),
    ("LettersPage", "{count} customer(s) speak {language}: this letter is not written in it, "
                    "so they get it in {instead}."): (
        "{count} Kunde(n) sprechen {language}: Diesen Brief gibt es in dieser Sprache nicht, "
        "daher erhalten sie ihn auf {instead}.",
        "{count} client(s) parlent {language} : cette lettre n’existe pas dans cette langue, "
        "ils la reçoivent donc en {instead}.",
    ),
    ("LettersPage", " or "): (" oder ", " ou "),
    ("LettersPage", "{total} letter(s)"): ("{total} Brief(e)", "{total} lettre(s)"),
    ("LettersPage", "{ticked} of {total} letter(s) ticked"): (
        "{ticked} von {total} Brief(en) ausgewählt", "{ticked} lettre(s) cochée(s) sur {total}"
    ),
    ("LettersPage", "Did the {count} letter(s) print correctly?"): (
        "Wurden die {count} Brief(e) richtig gedruckt?",
        "Les {count} lettre(s) ont-elles été correctement imprimées ?",
    ),
    ("LettersPage", "Save the letters"): ("Briefe speichern", "Enregistrer les lettres"),
    ("LettersPage", "A folder for one PDF per customer"): (
        "Ordner für ein PDF pro Kunde", "Dossier pour un PDF par client"
    ),
    ("LettersPage", "Writing {count} letter(s)…"): (
        "{count} Brief(e) werden geschrieben…", "Écriture de {count} lettre(s)…"
    ),
    ("LettersPage", "Stopped: no letter was written, and nobody is marked as told."): (
        "Abgebrochen: Es wurde kein Brief geschrieben, und niemand ist als benachrichtigt "
        "markiert.",
        "Arrêté : aucune lettre n’a été écrite et personne n’est marqué comme prévenu.",
    ),
    ("LettersPage", "The letters were not written"): (
        "Die Briefe wurden nicht geschrieben", "Les lettres n’ont pas été écrites"
    ),
    ("LettersPage", "The {count} letter(s) are saved in {file}."): (
        "Die {count} Brief(e) sind in {file} gespeichert.",
        "{count} lettre(s) enregistrée(s) dans {file}.",
    ),
    ("LettersPage", "The {count} letter(s) are saved one PDF per customer in {folder}."): (
        "Die {count} Brief(e) sind als ein PDF pro Kunde in {folder} gespeichert.",
        "{count} lettre(s) enregistrée(s) dans {folder}, un PDF par client.",
    ),
    ("LettersPage", "Stop"): ("Abbrechen", "Arrêter"),
    ("LettersPage", "Letters"): ("Briefe", "Lettres"),
    ("LettersPage", "{count} letter(s) written; the database is read-only, so they are not "
                    "marked as sent."): (
        "{count} Brief(e) geschrieben; die Datenbank ist schreibgeschützt, daher sind sie nicht "
        "als versendet markiert.",
        "{count} lettre(s) écrite(s) ; la base de données est en lecture seule, elles ne sont "
        "donc pas marquées comme envoyées.",
    ),
    ("LettersPage", "Mark the letters as sent?"): (
        "Briefe als versendet markieren?", "Marquer les lettres comme envoyées ?"
    ),
    ("LettersPage", "Mark them as sent? Each customer then counts as told, and a copy of their "
                    "letter is kept with them. Answer No if they still need checking: they stay "
                    "owed, and you can print or save them again."): (
        "Als versendet markieren? Jeder Kunde gilt dann als benachrichtigt, und eine Kopie "
        "seines Briefs wird bei ihm abgelegt. Antworten Sie mit Nein, wenn die Briefe noch "
        "geprüft werden müssen: Dann bleiben sie offen, und Sie können sie erneut drucken oder "
        "speichern.",
        "Les marquer comme envoyées ? Chaque client compte alors comme prévenu, et une copie "
        "de sa lettre est conservée avec lui. Répondez Non si elles doivent encore être "
        "vérifiées : elles restent dues, et vous pourrez les imprimer ou les enregistrer à "
        "nouveau.",
    ),
    ("LettersPage", "{count} letter(s) written, not marked as sent: they stay owed."): (
        "{count} Brief(e) geschrieben, nicht als versendet markiert; sie bleiben offen.",
        "{count} lettre(s) écrite(s), non marquée(s) comme envoyée(s) : elles restent dues.",
    ),
    ("LettersPage", "Keeping a copy of each letter…"): (
        "Von jedem Brief wird eine Kopie abgelegt…", "Conservation d’une copie de chaque lettre…"
    ),
    ("LettersPage", "Stopped: nobody was marked as told."): (
        "Abgebrochen: Niemand wurde als benachrichtigt markiert.",
        "Arrêté : personne n’a été marqué comme prévenu.",
    ),
    ("LettersPage", "{count} letter(s) marked as sent."): (
        "{count} Brief(e) als versendet markiert.",
        "{count} lettre(s) marquée(s) comme envoyée(s).",
    ),
    ("LettersPage", "Marking {count} letter(s) as sent"): (
        "{count} Brief(e) werden als versendet markiert",
        "Marquage de {count} lettre(s) comme envoyée(s)",
    ),
    ("LettersPage", "The letters were written but not marked as sent"): (
        "Die Briefe wurden geschrieben, aber nicht als versendet markiert",
        "Les lettres ont été écrites mais pas marquées comme envoyées",
    ),
    ("LettersPage", "Letter templates"): ("Briefvorlagen", "Modèles de lettres"),
    ("LettersPage", "Saving the template"): (
        "Vorlage wird gespeichert", "Enregistrement du modèle"
    ),
    ("LettersPage", "Nobody matches: no letter to write."): (
        "Niemand entspricht der Auswahl: Es ist kein Brief zu schreiben.",
        "Personne ne correspond : aucune lettre à écrire.",
    ),
    ("RecipientTable", "Customer"): ("Kunde", "Client"),
    ("RecipientTable", "Dealer"): ("Händler", "Concessionnaire"),
    ("RecipientTable", "Pos."): ("Platz", "Place"),
    ("RecipientTable", "Flag"): ("Markierung", "Indicateur"),
    ("ResultBar", "Close this message"): ("Diese Meldung schließen", "Fermer ce message"),
    ("SupplyChart", "Customers per market"): ("Kunden pro Markt", "Clients par marché"),
    ("SupplyChart", "Have a unit"): ("Mit Fahrzeug", "Avec véhicule"),
    ("SupplyChart", "Covered"): ("Gedeckt", "Couverts"),
    ("SupplyChart", "Pending"): ("Ausstehend", "En suspens"),
    ("SupplyChart", "Unservable"): ("Nicht bedienbar", "Non servables"),
    ("TemplateEditor", "Edit a copy of “{name}” ({language})"): (
        "Kopie von „{name}“ bearbeiten ({language})",
        "Modifier une copie de « {name} » ({language})",
    ),
    ("TemplateEditor", "Jinja2 template of the letter's HTML. Values such as {{ customer.name }} "
                       "are escaped for you. Saved as your own copy; the built-in letter stays "
                       "as it is."): (
        "Jinja2-Vorlage für das HTML des Briefs. Werte wie {{ customer.name }} werden für Sie "
        "maskiert. Gespeichert wird Ihre eigene Kopie; der mitgelieferte Brief bleibt, wie er ist.",
        "Modèle Jinja2 du HTML de la lettre. Les valeurs comme {{ customer.name }} sont "
        "échappées pour vous. Enregistré comme votre propre copie ; la lettre fournie reste "
        "inchangée.",
    ),
    ("TemplateEditor", "No customer to show the letter for."): (
        "Kein Kunde, für den der Brief gezeigt werden kann.",
        "Aucun client pour qui afficher la lettre.",
    ),
}
