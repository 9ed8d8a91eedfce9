//go:build !(js && wasm)

package wasm

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/whosaid/whosaid/engine"
)

func TestExtractHost(t *testing.T) {
	text := "The minister said: \"Prices will fall.\" Critics disagreed."
	got, err := Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	d, err := engine.Analyze(text, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := d.Export(); !reflect.DeepEqual(got, want) {
		t.Errorf("Extract differs from the engine:\n got %+v\nwant %+v", got, want)
	}
	if _, err := Extract("bad \xff byte"); !errors.Is(err, engine.ErrInvalidUTF8) {
		t.Errorf("invalid UTF-8: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ExtractContext(ctx, text); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled context: %v", err)
	}
	if err := Download("a.json", "application/json", nil); !errors.Is(err, ErrNoBrowser) {
		t.Errorf("Download on the host: %v", err)
	}
	if _, _, err := ReadFile(nil); !errors.Is(err, ErrNoBrowser) {
		t.Errorf("ReadFile on the host: %v", err)
	}
}
