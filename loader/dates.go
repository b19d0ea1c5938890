package loader

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var (
	months = map[string]time.Month{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
		"july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	}
	weekdays = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	}
)

// dateExpr is a date found in a sentence, as precise as the text gives it.
type dateExpr struct {
	at             int // token index
	year, day      int
	month          time.Month
	weekday        time.Weekday
	hasWD          bool
	rel            int // days from publication for "yesterday" (-1), "today" (0), "tomorrow" (1)
	hasRel         bool
	precisionMonth bool
}

// dates finds the date expressions of a sentence.
func dates(toks []token) []dateExpr {
	var out []dateExpr
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// A word is a date only as a month, a weekday or a day relative
		// to publication.
		if t.kind == tWord && t.cls&(clsMonths|clsWeekdays|clsRelDays) == 0 {
			continue
		}
		if t.kind == tNum || t.kind == tWord && (t.cap || t.lower == "yesterday" || t.lower == "today" || t.lower == "tomorrow") {
			if t.cls&clsMonths != 0 && (t.cap || len(t.lower) > 3) {
				m := months[t.lower]
				if t.lower == "may" && !t.cap || t.lower == "march" && !t.cap {
					continue
				}
				d := dateExpr{at: i, month: m}
				k := i + 1
				if k+1 < len(toks) && toks[k].text == "." && toks[k].s == t.e {
					k++ // "Nov. 4"
				}
				if k < len(toks) && toks[k].kind == tNum {
					if n, err := strconv.Atoi(digitsPrefix(toks[k].text)); err == nil {
						switch {
						case n >= 1 && n <= 31 && len(digitsPrefix(toks[k].text)) <= 2:
							d.day = n
							k++
							// "June 18-19": the first day.
							if k+1 < len(toks) && toks[k].text == "-" && toks[k+1].kind == tNum {
								k += 2
							}
							if k < len(toks) && toks[k].text == "," {
								k++
							}
							if k < len(toks) && toks[k].kind == tNum && len(toks[k].text) == 4 {
								d.year, _ = strconv.Atoi(toks[k].text)
							}
						case n >= 1900 && n <= 2100:
							d.year = n
						}
					}
				}
				// "18 June 2024".
				if d.day == 0 && i > 0 && toks[i-1].kind == tNum {
					if n, err := strconv.Atoi(toks[i-1].text); err == nil && n >= 1 && n <= 31 {
						d.day = n
						if k < len(toks) && toks[k].kind == tNum && len(toks[k].text) == 4 {
							d.year, _ = strconv.Atoi(toks[k].text)
						}
					}
				}
				out = append(out, d)
				continue
			}
			if t.cls&clsWeekdays != 0 {
				wd := weekdays[t.lower]
				out = append(out, dateExpr{at: i, weekday: wd, hasWD: true})
				continue
			}
			switch t.lower {
			case "yesterday":
				out = append(out, dateExpr{at: i, rel: -1, hasRel: true})
			case "today":
				out = append(out, dateExpr{at: i, rel: 0, hasRel: true})
			case "tomorrow":
				out = append(out, dateExpr{at: i, rel: 1, hasRel: true})
			}
			if t.kind == tNum && len(t.text) == 4 && i > 0 && (toks[i-1].lower == "in" || toks[i-1].lower == "of") {
				if n, err := strconv.Atoi(t.text); err == nil && n >= 1900 && n <= 2100 {
					out = append(out, dateExpr{at: i, year: n})
				}
			}
		}
	}
	return out
}

func digitsPrefix(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return s[:i]
		}
	}
	return s
}

// dateOf is the date of the event at trigger i: the date expression nearest
// after it in the sentence, else the nearest before, anchored to the
// publication date.
func (d *doc) dateOf(c *sctx, i int, planned bool) string {
	ds := c.st.dates
	if ds == nil {
		ds = dates(c.toks)
		if ds == nil {
			ds = []dateExpr{}
		}
		c.st.dates = ds
	}
	var best *dateExpr
	for k := range ds {
		if ds[k].at > i && !c.quote[ds[k].at] {
			best = &ds[k]
			break
		}
	}
	if best == nil {
		for k := range ds {
			if ds[k].at < i && !c.quote[ds[k].at] {
				best = &ds[k]
			}
		}
	}
	if best == nil {
		return ""
	}
	// Rules often date several relations from one expression.
	if c.date.expr == best && c.date.planned == planned {
		return c.date.s
	}
	s := d.anchor(*best, planned)
	c.date.expr, c.date.planned, c.date.s = best, planned, s
	return s
}

// anchor resolves a date expression against the publication date: past
// events look back from it, planned ones forward.
func (d *doc) anchor(e dateExpr, planned bool) string {
	pub := d.pub
	switch {
	case e.hasRel:
		if pub.IsZero() {
			return ""
		}
		return formatDay(pub.AddDate(0, 0, e.rel))
	case e.hasWD:
		if pub.IsZero() {
			return ""
		}
		delta := int(e.weekday) - int(pub.Weekday())
		if planned {
			delta = (delta + 7) % 7
		} else {
			delta = -((-delta + 7) % 7)
		}
		return formatDay(pub.AddDate(0, 0, delta))
	case e.month != 0:
		y := e.year
		if y == 0 {
			if pub.IsZero() {
				return ""
			}
			y = pub.Year()
			if planned && e.month < pub.Month() {
				y++
			} else if !planned && e.month > pub.Month() {
				y--
			}
		}
		if e.day > 0 {
			return dayString(y, int(e.month), e.day)
		}
		return monthString(y, int(e.month))
	case e.year != 0:
		return strconv.Itoa(e.year)
	}
	return ""
}

// formatDay is t.Format("2006-01-02").
func formatDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	return dayString(y, int(m), d)
}

// dayString is fmt.Sprintf("%04d-%02d-%02d", y, m, d), built directly for
// years 0 to 9999, months 1 to 12 and days 1 to 99.
func dayString(y, m, d int) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// monthString is fmt.Sprintf("%04d-%02d", y, m), built directly for years
// 0 to 9999 and months 1 to 12.
func monthString(y, m int) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}

// parseDate reads a publication date: "2024-06-18", "18 June 2024", "June
// 18, 2024", with or without a time after it.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	for i := 0; i+10 <= len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i-1] < '0' || s[i-1] > '9') {
			if t, err := time.Parse("2006-01-02", s[i:i+10]); err == nil && (i+10 == len(s) || s[i+10] < '0' || s[i+10] > '9') {
				return t, true
			}
		}
	}
	nt := normalize(s, false)
	toks := tokenize(nt.norm, 0, len(nt.norm), nil)
	for _, e := range dates(toks) {
		if e.year != 0 && e.month != 0 && e.day != 0 {
			return time.Date(e.year, e.month, e.day, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
