package app

// keyEvent is a keydown as the shortcut table sees it.
type keyEvent struct {
	Key              string
	Ctrl, Shift, Alt bool
	Editable         bool // focus is in a text field, where typing wins
}

// shortcut is one keyboard shortcut; the help panel lists them in order.
type shortcut struct {
	Keys, Help string
	match      func(k keyEvent) bool
	run        func(s *session, dom domAPI, key string)
}

func plain(keys ...string) func(k keyEvent) bool {
	return func(k keyEvent) bool {
		if k.Ctrl || k.Alt || k.Editable {
			return false
		}
		for _, x := range keys {
			if k.Key == x {
				return true
			}
		}
		return false
	}
}

// shortcuts is the app's keyboard map. Single keys do nothing while a text
// field has the focus; Escape always works.
var shortcuts = []shortcut{
	{"Ctrl+Z", "Undo the last correction", func(k keyEvent) bool {
		return k.Ctrl && !k.Shift && !k.Editable && (k.Key == "z" || k.Key == "Z")
	}, func(s *session, _ domAPI, _ string) { s.undo() }},
	{"Ctrl+Shift+Z, Ctrl+Y", "Redo", func(k keyEvent) bool {
		return k.Ctrl && !k.Editable && ((k.Shift && (k.Key == "z" || k.Key == "Z")) || k.Key == "y")
	}, func(s *session, _ domAPI, _ string) { s.redo() }},
	{"n / p", "Select the next / previous highlight and scroll to it", plain("n", "p"),
		func(s *session, _ domAPI, key string) { s.step(map[string]int{"n": 1, "p": -1}[key]) }},
	{"m", "Show the next mention of the selected actor", plain("m"), func(s *session, _ domAPI, _ string) {
		if s.sel.Kind == KindActor || s.sel.Kind == KindMention {
			s.cycleMention(s.sel.ID)
		}
	}},
	{"Delete", "Delete the selected annotation", plain("Delete", "Backspace"),
		func(s *session, _ domAPI, _ string) { s.deleteSelected() }},
	{"a / q / c", "Mark the selected text as an actor mention / quote / claim (a joins the selected actor, if any)", plain("a", "q", "c"),
		func(s *session, dom domAPI, key string) {
			dom.readPick(s)
			s.addFromPick(map[string]Kind{"a": KindMention, "q": KindQuote, "c": KindClaim}[key])
		}},
	{"s", "Set the selected annotation's span to the selected text", plain("s"), func(s *session, dom domAPI, _ string) {
		dom.readPick(s)
		s.spanToPick()
	}},
	{"[ / ]", "Move the start of the selected span left / right", plain("[", "]"),
		func(s *session, _ domAPI, key string) { s.nudge(0, map[string]int{"[": -1, "]": 1}[key]) }},
	{"{ / }", "Move the end of the selected span left / right", plain("{", "}"),
		func(s *session, _ domAPI, key string) { s.nudge(1, map[string]int{"{": -1, "}": 1}[key]) }},
	{"f or /", "Find text to mark (Enter finds the next one)", plain("f", "/"),
		func(_ *session, dom domAPI, _ string) { dom.focus(TestFindText) }},
	{"e", "Edit the selection: move the focus to the details panel", plain("e"),
		func(_ *session, dom domAPI, _ string) { dom.focusFirst(TestPanelDetail) }},
	{"1 2 3 4", "Show or hide claims, quotes, cues, actors", plain("1", "2", "3", "4"),
		func(s *session, _ domAPI, key string) {
			s.toggleLayer(map[string]string{"1": "claims", "2": "quotes", "3": "cues", "4": "actors"}[key])
		}},
	{"?", "Show or hide this help", plain("?"), func(s *session, _ domAPI, _ string) { s.showHelp = !s.showHelp }},
	{"Escape", "Close help or a question; clear the selection", func(k keyEvent) bool { return k.Key == "Escape" },
		func(s *session, _ domAPI, _ string) {
			switch {
			case s.showHelp:
				s.showHelp = false
			case s.confirm != nil:
				s.confirm = nil
			default:
				s.sel = Ref{}
			}
		}},
}

// findShortcut returns the action for k, or nil.
func findShortcut(k keyEvent) func(*session, domAPI) {
	for _, sc := range shortcuts {
		if sc.match(k) {
			return func(s *session, dom domAPI) { sc.run(s, dom, k.Key) }
		}
	}
	return nil
}

// toggleLayer shows or hides a legend layer.
func (s *session) toggleLayer(name string) {
	s.hidden[name] = !s.hidden[name]
}
