package loader

import (
	"strings"
	"sync"
)

// internTable keeps strings that extraction builds again and again, such
// as titles ("foreign minister"), names and lower-case words, so that each
// is built once for all documents. Lookups by bytes do not allocate.
type internTable struct {
	mu sync.RWMutex
	m  map[string]string
}

// maxInterned bounds each table, so that a long run keeps a fixed
// footprint.
const maxInterned = 50000

// lookup returns the string stored under key.
func (t *internTable) lookup(key []byte) (string, bool) {
	t.mu.RLock()
	s, ok := t.m[string(key)]
	t.mu.RUnlock()
	return s, ok
}

// lookupString is lookup by a string key.
func (t *internTable) lookupString(key string) (string, bool) {
	t.mu.RLock()
	s, ok := t.m[key]
	t.mu.RUnlock()
	return s, ok
}

// store keeps s under key while the table has room. The key must not be
// part of a document's text, which it would keep alive.
func (t *internTable) store(key, s string) {
	t.mu.Lock()
	if t.m == nil {
		t.m = map[string]string{}
	}
	if len(t.m) < maxInterned {
		t.m[key] = s
	}
	t.mu.Unlock()
}

var (
	joined  internTable // strings.Join results by themselves
	lowered internTable // strings.ToLower results by their input
)

// joinWords is strings.Join(words, " "), each distinct result built once.
func joinWords(words []string) string {
	if len(words) <= 1 {
		return strings.Join(words, " ")
	}
	var buf [96]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	if len(b) > len(buf) {
		return string(b) // too long to be worth keeping
	}
	if s, ok := joined.lookup(b); ok {
		return s
	}
	s := string(b)
	joined.store(s, s)
	return s
}

// toLower is strings.ToLower(s), each distinct result built once.
func toLower(s string) string {
	if l, ok := lowered.lookupString(s); ok {
		return l
	}
	l := strings.ToLower(s)
	if len(s) <= 64 {
		key := strings.Clone(s)
		if l == s {
			l = key // ToLower may return s itself, part of a document
		}
		lowered.store(key, l)
	}
	return l
}
