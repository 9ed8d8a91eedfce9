// Command mkicons draws the app's icons, web/icon-192.png, web/icon-512.png
// and web/icon.svg: a speech bubble holding a pair of quotation marks. The
// icons are local files because go-app's default icons are remote URLs,
// which break the offline cache.
//
//	go run ./web/mkicons [-dir web]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// The drawing, in units of the icon's side. The background fills the whole
// square so the PNGs also work as maskable icons; the bubble stays inside
// the central safe circle.
var (
	background = color.NRGBA{0x1f, 0x4e, 0x79, 0xff}
	foreground = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

type ellipse struct{ cx, cy, rx, ry float64 }

func (e ellipse) in(x, y float64) bool {
	dx, dy := (x-e.cx)/e.rx, (y-e.cy)/e.ry
	return dx*dx+dy*dy <= 1
}

type triangle [3][2]float64

func (t triangle) in(x, y float64) bool {
	side := func(a, b [2]float64) float64 {
		return (b[0]-a[0])*(y-a[1]) - (b[1]-a[1])*(x-a[0])
	}
	d1, d2, d3 := side(t[0], t[1]), side(t[1], t[2]), side(t[2], t[0])
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}

var (
	bubble = ellipse{0.5, 0.46, 0.31, 0.24}
	tail   = triangle{{0.31, 0.60}, {0.45, 0.66}, {0.25, 0.80}}
	// marks are the two quotation marks: a dot with a tail curling down.
	marks = []struct {
		dot  ellipse
		tail triangle
	}{
		{ellipse{0.415, 0.43, 0.058, 0.058}, triangle{{0.357, 0.43}, {0.473, 0.43}, {0.37, 0.56}}},
		{ellipse{0.585, 0.43, 0.058, 0.058}, triangle{{0.527, 0.43}, {0.643, 0.43}, {0.54, 0.56}}},
	}
)

// inside reports whether (x, y) is painted in the foreground colour.
func inside(x, y float64) bool {
	if !bubble.in(x, y) && !tail.in(x, y) {
		return false
	}
	for _, m := range marks {
		if m.dot.in(x, y) || m.tail.in(x, y) {
			return false
		}
	}
	return true
}

// draw renders the icon at size×size with 4×4 supersampling.
func draw(size int) *image.NRGBA {
	const ss = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			n := 0
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if inside(x, y) {
						n++
					}
				}
			}
			f := float64(n) / (ss * ss)
			mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-f) + float64(b)*f)) }
			img.SetNRGBA(px, py, color.NRGBA{mix(background.R, foreground.R), mix(background.G, foreground.G), mix(background.B, foreground.B), 0xff})
		}
	}
	return img
}

// svg is the same drawing as vector graphics on a 512 grid.
func svg() []byte {
	const s = 512.0
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	poly := func(t triangle) string {
		return fmt.Sprintf("%g,%g %g,%g %g,%g", t[0][0]*s, t[0][1]*s, t[1][0]*s, t[1][1]*s, t[2][0]*s, t[2][1]*s)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">`+"\n")
	fmt.Fprintf(&b, `<title>whosaid</title>`+"\n")
	fmt.Fprintf(&b, `<rect width="512" height="512" fill="%s"/>`+"\n", hex(background))
	fmt.Fprintf(&b, `<ellipse cx="%g" cy="%g" rx="%g" ry="%g" fill="%s"/>`+"\n", bubble.cx*s, bubble.cy*s, bubble.rx*s, bubble.ry*s, hex(foreground))
	fmt.Fprintf(&b, `<polygon points="%s" fill="%s"/>`+"\n", poly(tail), hex(foreground))
	for _, m := range marks {
		fmt.Fprintf(&b, `<circle cx="%g" cy="%g" r="%g" fill="%s"/>`+"\n", m.dot.cx*s, m.dot.cy*s, m.dot.rx*s, hex(background))
		fmt.Fprintf(&b, `<polygon points="%s" fill="%s"/>`+"\n", poly(m.tail), hex(background))
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// files returns every icon file by name.
func files() (map[string][]byte, error) {
	out := map[string][]byte{"icon.svg": svg()}
	for _, size := range []int{192, 512} {
		var b bytes.Buffer
		if err := png.Encode(&b, draw(size)); err != nil {
			return nil, err
		}
		out[fmt.Sprintf("icon-%d.png", size)] = b.Bytes()
	}
	return out, nil
}

func main() {
	dir := flag.String("dir", "web", "directory to write the icons to")
	flag.Parse()
	fs, err := files()
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkicons:", err)
		os.Exit(1)
	}
	for name, data := range fs {
		if err := os.WriteFile(filepath.Join(*dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "mkicons:", err)
			os.Exit(1)
		}
	}
}
