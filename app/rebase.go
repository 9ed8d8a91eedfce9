package app

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// Rebase returns fresh, a new engine run over the text of old, with the
// user's work in old carried over: every actor, mention, quote and claim
// whose origin is "user". Old engine annotations are dropped in favour of
// fresh ones. A carried actor joins the fresh actor of the same name when
// there is one; a quote or claim over exactly the span of a fresh one
// replaces it. Carried items keep their ids unless fresh uses them. The
// result satisfies CheckDocument when old and fresh do.
func Rebase(old, fresh *annot.Document) *annot.Document {
	out := *fresh
	out.Actors = slices.Clone(fresh.Actors)
	out.Quotes = slices.Clone(fresh.Quotes)
	out.Claims = slices.Clone(fresh.Claims)
	st := &state{actors: out.Actors, quotes: out.Quotes, claims: out.Claims}
	ids := func(prefix, id string) string {
		for _, a := range st.actors {
			if a.ID == id {
				return st.freshID(prefix)
			}
		}
		for _, q := range st.quotes {
			if q.ID == id {
				return st.freshID(prefix)
			}
		}
		for _, c := range st.claims {
			if c.ID == id {
				return st.freshID(prefix)
			}
		}
		return id
	}
	byName := func(name string) int {
		for i, a := range st.actors {
			if strings.EqualFold(a.Name, name) {
				return i
			}
		}
		return -1
	}
	actorMap := map[string]string{}
	// carryActor maps an old actor to one in the result, adding it (with its
	// user mentions, or all its mentions when the actor itself is new) when
	// no fresh actor has its name.
	var carryActor func(id string) string
	carryActor = func(id string) string {
		if v, ok := actorMap[id]; ok {
			return v
		}
		a := old.Actor(id)
		if a == nil {
			return ""
		}
		if i := byName(a.Name); i >= 0 {
			into := &st.actors[i]
			ms := slices.Clone(into.Mentions)
			for _, m := range a.Mentions {
				if m.Origin == annot.OriginUser && mentionIndex(into, m.Start, m.End) < 0 {
					ms = append(ms, m)
				}
			}
			sortMentions(ms)
			into.Mentions = ms
			if a.Origin == annot.OriginUser {
				into.Type = a.Type
				into.Origin = annot.OriginUser
			}
			actorMap[id] = into.ID
			return into.ID
		}
		c := *a
		c.ID = ids("a", a.ID)
		c.Mentions = slices.Clone(a.Mentions)
		st.actors = append(st.actors, c)
		actorMap[id] = c.ID
		return c.ID
	}
	mapActor := func(p *string) *string {
		if p == nil {
			return nil
		}
		return annot.StrPtr(carryActor(*p))
	}
	for _, a := range old.Actors {
		if a.Origin == annot.OriginUser {
			carryActor(a.ID)
			continue
		}
		for _, m := range a.Mentions {
			if m.Origin == annot.OriginUser {
				carryActor(a.ID)
				break
			}
		}
	}
	quoteMap := map[string]string{}
	for _, q := range old.Quotes {
		if q.Origin != annot.OriginUser {
			continue
		}
		q.Speaker = mapActor(q.Speaker)
		st.quotes = slices.DeleteFunc(st.quotes, func(f annot.Quote) bool { return f.Start == q.Start && f.End == q.End })
		st.claims = unlinkQuotes(st.claims, st.quotes)
		nid := ids("q", q.ID)
		quoteMap[q.ID] = nid
		q.ID = nid
		st.quotes = append(st.quotes, q)
	}
	for _, c := range old.Claims {
		if c.Origin != annot.OriginUser {
			continue
		}
		c.Claimant = mapActor(c.Claimant)
		if c.Quote != nil {
			link := ""
			if v, ok := quoteMap[*c.Quote]; ok {
				link = v
			} else if oq := findQuote(old, *c.Quote); oq != nil {
				for _, f := range st.quotes {
					if f.Start == oq.Start && f.End == oq.End {
						link = f.ID
					}
				}
			}
			c.Quote = annot.StrPtr(link)
		}
		st.claims = slices.DeleteFunc(st.claims, func(f annot.Claim) bool { return f.Start == c.Start && f.End == c.End })
		c.ID = ids("c", c.ID)
		st.claims = append(st.claims, c)
	}
	sortQuotes(st.quotes)
	sortClaims(st.claims)
	out.Actors, out.Quotes, out.Claims = st.actors, st.quotes, st.claims
	return &out
}

// unlinkQuotes clears the quote link of claims whose quote is gone.
func unlinkQuotes(cs []annot.Claim, qs []annot.Quote) []annot.Claim {
	for i := range cs {
		if cs[i].Quote != nil && !slices.ContainsFunc(qs, func(q annot.Quote) bool { return q.ID == *cs[i].Quote }) {
			cs[i].Quote = nil
		}
	}
	return cs
}
