import type { WorkTableInput } from "../domain/work-table-input.ts";

/**
 * The five work tables of the Netzwerk Migration Schwerin, as the network describes them (names, audiences,
 * admission rules and contact persons from its own overview). Loaded by `npm start` and used by tests.
 * Descriptions and English texts are ours; coordinators can change everything through the admin API.
 */
export const seedWorkTables: { id: string; input: WorkTableInput }[] = [
  {
    id: "kita-uebergang-schule",
    input: {
      numeral: "I",
      name: "Kita/Übergang Schule",
      description:
        "Frühe Bildung von Kindern mit Migrationsgeschichte: Kindertagesstätten, Familienbildung und der Übergang in die Schule.",
      audience:
        "Für pädagogische Fachkräfte und Engagierte im Bereich der Frühen Bildung sowie Träger in diesem Bereich.",
      admission: { rule: "open" },
      contact: { name: "Luise Jahn", email: "ljahn@schwerin.de" },
      translations: {
        en: {
          name: "Day care / transition to school",
          description:
            "Early education of children with a migration background: day care, family education and the transition to school.",
          audience: "For educators and volunteers in early education and the organisations active in this field.",
        },
      },
    },
  },
  {
    id: "ausbildung-und-arbeit",
    input: {
      numeral: "II",
      name: "Ausbildung und Arbeit",
      description:
        "Zugang zu Ausbildung, Sprachkursen und Arbeit: Angebote abstimmen, Bedarfe erkennen, Übergänge verbessern.",
      audience:
        "Für Bildungsträger, Vertretungen der Kammern und Verbände, die Arbeitsverwaltung, Sprachkursanbieter:innen und weitere Akteur:innen.",
      admission: { rule: "open" },
      contact: { name: "Katharina Herold", email: "herold@adwi.de" },
      translations: {
        en: {
          name: "Vocational training and work",
          description:
            "Access to vocational training, language courses and work: aligning offers, identifying needs, improving transitions.",
          audience:
            "For education providers, chambers and associations, the employment administration, language course providers and others.",
        },
      },
    },
  },
  {
    id: "interreligioeser-dialog",
    input: {
      numeral: "III",
      name: "Interreligiöser Dialog",
      description: "Austausch und Zusammenarbeit der Religionsgemeinschaften in Schwerin.",
      audience: "Für Vertreter:innen von Religionsgemeinschaften.",
      admission: { rule: "religious_mandate" },
      contact: { name: "Rudolf Hubert", email: "rudolf.hubert@caritas-im-norden.de" },
      translations: {
        en: {
          name: "Interreligious dialogue",
          description: "Exchange and cooperation of the religious communities in Schwerin.",
          audience: "For representatives of religious communities.",
        },
      },
    },
  },
  {
    id: "gesellschaftliche-integration",
    input: {
      numeral: "IV",
      name: "Gesellschaftliche Integration",
      description: "Kulturelle und soziale Teilhabe: Begegnung, Vereinsleben, Ehrenamt und Nachbarschaft in Schwerin.",
      audience: "Für Vereine, Träger und Engagierte im Bereich der kulturellen und sozialen Integration in Schwerin.",
      admission: { rule: "open" },
      contact: { name: "Igor Peters", email: "kuljugin-e.v@gmx.net" },
      translations: {
        en: {
          name: "Social integration",
          description:
            "Cultural and social participation: encounters, club life, volunteering and neighbourhood in Schwerin.",
          audience: "For associations, organisations and volunteers in cultural and social integration in Schwerin.",
        },
      },
    },
  },
  {
    id: "beratung",
    input: {
      numeral: "V",
      name: "Beratung",
      description: "Fachlicher Austausch der staatlich geförderten Migrationsberatung.",
      audience:
        "Für die staatlich geförderte Migrationsberatung für erwachsene Zugewanderte und den Jugendmigrationsdienst.",
      admission: { rule: "counselling_service", services: ["MBE", "JMD"] },
      contact: { name: "Anett Kropp", email: "a.kropp@awo-schwerin.de" },
      translations: {
        en: {
          name: "Counselling",
          description: "Professional exchange of the state-funded migration counselling services.",
          audience:
            "For the state-funded migration counselling for adults (MBE) and the youth migration service (JMD).",
        },
      },
    },
  },
];
