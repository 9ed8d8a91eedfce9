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
				if m.Text(d.Text) == tt.name && (m.Kind == MentionName || m.Kind == MentionAcronym) {
					typ, rule = a.Type, m.Rule
				}
			}
		}
		if typ != tt.typ || rule != tt.rule {
			t.Errorf("%q in %q: got %q by %q, want %q by %q", tt.name, tt.text, typ, rule, tt.typ, tt.rule)
		}
	}
}
