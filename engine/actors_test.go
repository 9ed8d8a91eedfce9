package engine

import "testing"

// TestActorRules checks the rule and type given to one name in sentences
// written for this test.
func TestActorRules(t *testing.T) {
	tests := []struct {
		text, name string
		typ        ActorType // "" when the name must not be an actor
		rule       string
	}{
		{"Results on Saturday:\nDunmore Rovers 2 Kestry 1\nHalvard 0 Ostrel 3\n", "Dunmore Rovers", Organization, "team"},
		{"Results on Saturday:\nDunmore Rovers 2 Kestry 1\nHalvard 0 Ostrel 3\n", "Ostrel", Organization, "team"},
		{"Fixtures:\nHalvard v Ostrel\n", "Halvard", Organization, "team"},
		{"Sales 9.06 9.31 8.42\nNet 415 399 380\n", "Sales", "", ""},
		{"DUNMORE 1996-08-30\nThe council met on Friday.", "DUNMORE", "", ""},
		{"Fans cheered as the Harbour Eagles beat the visitors on Sunday.", "Harbour Eagles", Organization, "the-plural"},
		{"Officials said New Ostrel would get a new bridge next year.", "New Ostrel", "", ""},
		{"Fans gathered for the Kestry Cup final on Sunday afternoon.", "Kestry Cup", "", ""},
		{"The striker, Brazilian-born Tavo Renners, scored twice.", "Tavo Renners", Person, "full-name"},
		{"MARLOWE WINS IN HALVARD .\nAda Marlowe won the final on Sunday.", "MARLOWE", Person, "surname"},
		{"Voters backed the Party of Kestrian Action (SDA) in the poll.", "SDA", Organization, "acronym"},
		{"Shares of Velmar Holdings rose. Velmar said profit doubled.", "Velmar", Organization, "org-short"},
		// Places are no actors; people named like places still are.
		{"Fans cheered Dallas all afternoon.", "Dallas", "", ""},
		{"Fans cheered Dallas Renner all afternoon.", "Dallas Renner", Person, "full-name"},
		{"Dallas Renner arrived late. Fans cheered Dallas all the same.", "Dallas", Person, "surname"},
		{"Police said Tunbridge Wells had been quiet all week.", "Tunbridge Wells", "", ""},
		{"Reporters said Chechnya was calm on Friday.", "Chechnya", "", ""},
		{"The Archbishop of Ostrava spoke at the service.", "Ostrava", "", ""},
		{"Supporters of Real Ostrava sang through the night.", "Real Ostrava", Organization, "place-org"},
		{"The coach said Ostrava United would appeal.", "Ostrava United", Organization, "place-org"},
		{"Paris Hilton said she would attend the gala.", "Paris Hilton", Person, "place-named"},
		{"Jordan Renners said the team was ready.", "Jordan Renners", Person, "place-named"},
		{"Washington said it would respond within days.", "Washington", Country, "gazetteer-metonym"},
		{"Officials said Paris Saint-Germain had paid the fine.", "Paris", Country, "gazetteer-metonym"},
		// A surname that is also a word, after a title, starts the name;
		// a headline's common words after a title do not.
		{"Vice Premier He Kaiming met the delegation on Saturday.", "He Kaiming", Person, "title-name"},
		{"Prime Minister In Talks With Harbour Board\n\nThe talks began on Monday.", "In Talks", "", ""},
		// An honorific followed by a connector names nobody (this panicked).
		{"The preacher heard a word from the Lord for Avery Dunmore.", "Avery Dunmore", Person, "full-name"},
		// Runs of common words are no names.
		{"Delegates said Human Rights groups were not invited.", "Human Rights", "", ""},
		{"The paper said Free Syrian fighters withdrew on Monday.", "Free Syrian", "", ""},
		{"The winner, Tiger Renners, said the course was hard.", "Tiger Renners", Person, "full-name"},
		{"Shares of the Ostrava-based Kestry-listed firm fell.", "Kestry-listed", "", ""},
		{"Officials said S. Korea would reply on Friday.", "S. Korea", Country, "gazetteer-alias"},
		{"A spokesman for El Al said the flight was delayed.", "El Al", Organization, "gazetteer-name"},
		{"The senator spoke at a campaign stop in Marion on Monday.", "Marion", "", ""},
		{"Troops moved towards the village of Carmen. Aid reached Carmen late on Friday.", "Carmen", "", ""},
		{"Carmen Ruiz arrived in Marion. Later Carmen said the trip went well.", "Carmen", Person, "surname"},
		{"He was loaned to the club Carmen for a year.", "Carmen", Organization, "org-descriptor"},
		{"The official daily Ostrelska reported the fire.", "Ostrelska", Media, "org-descriptor"},
		{"Aircraft flew from the carrier Enterprise at dawn.", "Enterprise", "", ""},
		{"Prime Minister John Major said the vote was close.", "John Major", Person, "title-name"},
		// "M." is an initial, not an honorific.
		{"Scorers: M. Renners 12, T. Ostrel 9.", "M. Renners", Person, "full-name"},
	}
	for _, tt := range tests {
		d, err := Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var typ ActorType
		rule := ""
		for _, a := range d.Actors {
			for _, m := range a.Mentions {
				if m.Text(d.Text) == tt.name && (m.Kind == MentionName || m.Kind == MentionAcronym || m.Kind == MentionMetonym) {
					typ, rule = a.Type, m.Rule
				}
			}
		}
		if typ != tt.typ || rule != tt.rule {
			t.Errorf("%q in %q: got %q by %q, want %q by %q", tt.name, tt.text, typ, rule, tt.typ, tt.rule)
		}
	}
}

// TestHonorificWithoutName checks that an honorific followed by a
// connector ("the Lord for …") gives no empty name and does not panic.
func TestHonorificWithoutName(t *testing.T) {
	for _, text := range []string{
		"The pastor said he had a message from the Lord for Tomas Reyes.",
		"She thanked Mr. of the committee.",
	} {
		d, err := Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Actors {
			for _, m := range a.Mentions {
				if m.Span.Len() <= 0 {
					t.Errorf("%q: empty mention of %q", text, a.Name)
				}
			}
		}
	}
}
