"""Starting up and Help > About: what a built copy says about itself."""

TRANSLATIONS = {
    ("Start", "dealerapp is incomplete"): ("dealerapp ist unvollständig", "dealerapp est incomplet"),
    (
        "Start",
        "Files that come with dealerapp are missing, so it cannot start:\n\n{files}"
        "\n\nInstall dealerapp again.",
    ): (
        "Dateien, die zu dealerapp gehören, fehlen, deshalb kann es nicht starten:\n\n{files}"
        "\n\nInstallieren Sie dealerapp bitte erneut.",
        "Des fichiers livrés avec dealerapp manquent ; il ne peut pas démarrer :\n\n{files}"
        "\n\nInstallez dealerapp de nouveau.",
    ),
    ("MainWindow", "Built on {date} for {system}."): (
        "Erstellt am {date} für {system}.",
        "Construit le {date} pour {system}.",
    ),
    ("MainWindow", "Running from an installed Python package, not a built copy."): (
        "Läuft aus einem installierten Python-Paket, nicht aus einer erstellten Fassung.",
        "Exécuté depuis un paquet Python installé, pas depuis une version construite.",
    ),
    # The memo actions moved from the Memos page to the window (the page is built late).
    ("MainWindow", "&Import memo…"): ("Mitteilung &importieren…", "&Importer une note…"),
    ("MainWindow", "&Paste memo text…"): (
        "Mitteilungstext ein&fügen…",
        "&Coller le texte d’une note…",
    ),
    ("MainWindow", "Import a memo file (.txt, .eml, .msg, .pdf)"): (
        "Eine Mitteilung als Datei importieren (.txt, .eml, .msg, .pdf)",
        "Importer une note depuis un fichier (.txt, .eml, .msg, .pdf)",
    ),
    ("MemosPage", "Import memo…"): ("Mitteilung importieren…", "Importer une note…"),
    ("MemosPage", "Paste memo text…"): ("Mitteilungstext einfügen…", "Coller le texte d’une note…"),
    ("WaitlistPage", "the first {shown}; reading the others…"): (
        "die ersten {shown}; die übrigen werden gelesen…",
        "les {shown} premiers ; lecture des autres…",
    ),
}
