package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedIcons fails when the icons in web/ no longer match this
// program's drawing; run `go run ./web/mkicons` to refresh them.
func TestCommittedIcons(t *testing.T) {
	fs, err := files()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range fs {
		got, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Ext(name) != ".png" {
			if !bytes.Equal(got, want) {
				t.Errorf("web/%s is stale: run go run ./web/mkicons", name)
			}
			continue
		}
		g, err := png.Decode(bytes.NewReader(got))
		if err != nil {
			t.Fatalf("web/%s: %v", name, err)
		}
		w, _ := png.Decode(bytes.NewReader(want))
		if !samePixels(g, w) {
			t.Errorf("web/%s is stale: run go run ./web/mkicons", name)
		}
	}
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

func TestDrawing(t *testing.T) {
	img := draw(64)
	if c := img.NRGBAAt(0, 0); c != background {
		t.Errorf("corner is %v, want the background %v", c, background)
	}
	if c := img.NRGBAAt(32, 20); c != foreground {
		t.Errorf("bubble top is %v, want the foreground %v", c, foreground)
	}
	if c := img.NRGBAAt(26, 27); c != background {
		t.Errorf("first quotation mark is %v, want the background", c)
	}
}
