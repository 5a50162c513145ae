package app

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/maps"
)

// maxFrames bounds an export: more is almost surely a mistaken -step.
const maxFrames = 2000

// exportFrame is one picture of an exported sequence: its moment, the
// caption's second line, and how long an animation holds it.
type exportFrame struct {
	Date  time.Time
	Title string
	Hold  time.Duration
	// apply, if set, sets the view and layers before the frame is drawn
	// (a story's scene); frames after it keep them.
	apply func(p *plate) error
}

// rangeFrames are the frames from `from` to `to` every step, `to`
// included, each held for hold.
func rangeFrames(from, to time.Time, step, hold time.Duration) ([]exportFrame, error) {
	if to.Before(from) {
		return nil, fmt.Errorf("-to %s is before -from %s", to.Format("2006-01-02"), from.Format("2006-01-02"))
	}
	n := int(to.Sub(from)/step) + 1
	if n > maxFrames {
		return nil, fmt.Errorf("-from %s -to %s every %v makes %d frames, more than %d: take a longer -step",
			from.Format("2006-01-02"), to.Format("2006-01-02"), step, n, maxFrames)
	}
	var fs []exportFrame
	for t := from; !t.After(to); t = t.Add(step) {
		fs = append(fs, exportFrame{Date: t, Hold: hold})
	}
	return fs, nil
}

// parseStep reads -step: a number of days ("1d") or hours ("6h").
func parseStep(s string) (time.Duration, error) {
	var n int
	var unit string
	if _, err := fmt.Sscanf(s, "%d%s", &n, &unit); err != nil || n < 1 || (unit != "d" && unit != "h") {
		return 0, fmt.Errorf("-step %q: want a number of days or hours, such as 1d or 6h", s)
	}
	if unit == "d" {
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.Duration(n) * time.Hour, nil
}

// Exported is what an export wrote.
type Exported struct {
	Frames    []string // the PNG sequence, in order
	GIF, MP4  string   // "" when not written
	MP4Reason string   // why no MP4, when there is none
}

// exportSequence draws frames into dir as frame-0001.png and on, then
// an animated GIF of them named name.gif, and name.mp4 when ffmpeg is
// installed.
func exportSequence(p *plate, frames []exportFrame, dir, name string) (Exported, error) {
	var out Exported
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return out, err
	}
	for i, f := range frames {
		if f.apply != nil {
			if err := f.apply(p); err != nil {
				return out, err
			}
		}
		p.show(f.Date, f.Title)
		path := filepath.Join(dir, fmt.Sprintf("frame-%04d.png", i+1))
		if err := writePNG(path, p.image()); err != nil {
			return out, err
		}
		out.Frames = append(out.Frames, path)
	}
	out.GIF = filepath.Join(dir, name+".gif")
	if err := writeGIF(out.GIF, out.Frames, frames); err != nil {
		return out, err
	}
	ffmpeg, err := exec.LookPath("ffmpeg")
	if err != nil {
		out.MP4Reason = "ffmpeg is not installed (apt-get install ffmpeg), so no MP4"
		return out, nil
	}
	out.MP4 = filepath.Join(dir, name+".mp4")
	if err := writeMP4(ffmpeg, out.MP4, out.Frames, frames); err != nil {
		return out, err
	}
	return out, nil
}

// writeMP4 has ffmpeg join the frames, each held for its time, into an
// H.264 video that common players open.
func writeMP4(ffmpeg, path string, paths []string, frames []exportFrame) error {
	var list strings.Builder
	for i, p := range paths {
		abs, _ := filepath.Abs(p)
		fmt.Fprintf(&list, "file '%s'\nduration %.3f\n", strings.ReplaceAll(abs, "'", `'\''`), frames[i].Hold.Seconds())
	}
	if len(paths) > 0 { // the concat demuxer holds the last file only when it is named twice
		abs, _ := filepath.Abs(paths[len(paths)-1])
		fmt.Fprintf(&list, "file '%s'\n", strings.ReplaceAll(abs, "'", `'\''`))
	}
	listPath := path + ".frames.txt"
	if err := os.WriteFile(listPath, []byte(list.String()), 0o644); err != nil {
		return err
	}
	defer os.Remove(listPath)
	cmd := exec.Command(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0",
		"-i", listPath, "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2,fps=25", "-c:v", "libx264", "-pix_fmt", "yuv420p", path)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("ffmpeg could not write %s: %v: %s", path, err, strings.TrimSpace(string(msg)))
	}
	return nil
}

// writeGIF encodes the PNG frames as one animated GIF that loops, with
// one palette built from a sample of the frames. After the first, each
// frame keeps only the rectangle that changed, which keeps the file and
// the memory small.
func writeGIF(path string, paths []string, frames []exportFrame) error {
	if len(paths) == 0 {
		return errors.New("no frames to animate")
	}
	var sample []image.Image
	for _, i := range []int{0, len(paths) / 4, len(paths) / 2, 3 * len(paths) / 4, len(paths) - 1} {
		img, err := readPNG(paths[i])
		if err != nil {
			return err
		}
		sample = append(sample, img)
	}
	q := newQuantizer(sample)
	anim := &gif.GIF{LoopCount: 0}
	var prev *image.Paletted
	for i, p := range paths {
		img, err := readPNG(p)
		if err != nil {
			return err
		}
		cur := q.paletted(img)
		frame := cur
		if prev != nil {
			r := changed(prev, cur)
			if r.Empty() { // nothing changed: one pixel, so the frame still holds its time
				r = image.Rect(0, 0, 1, 1)
			}
			frame = copyRect(cur, r)
		}
		anim.Image = append(anim.Image, frame)
		anim.Delay = append(anim.Delay, max(2, int(frames[i].Hold/(10*time.Millisecond))))
		anim.Disposal = append(anim.Disposal, gif.DisposalNone)
		prev = cur
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gif.EncodeAll(f, anim); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// changed is the smallest rectangle outside which a and b are equal.
func changed(a, b *image.Paletted) image.Rectangle {
	r := image.Rectangle{}
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		ra, rb := a.Pix[y*a.Stride:y*a.Stride+bd.Dx()], b.Pix[y*b.Stride:y*b.Stride+bd.Dx()]
		for x := range ra {
			if ra[x] != rb[x] {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// copyRect copies the rectangle r of src into a new image of its own.
func copyRect(src *image.Paletted, r image.Rectangle) *image.Paletted {
	dst := image.NewPaletted(r, src.Palette)
	draw.Draw(dst, r, src, r.Min, draw.Src)
	return dst
}

// quantizer maps colours to a 256-colour palette: the most common colours
// of the sample (the map's flat fills and inks), the rest by nearest.
type quantizer struct {
	pal  color.Palette
	memo map[uint32]uint8
}

func newQuantizer(sample []image.Image) *quantizer {
	type bin struct{ r, g, b, n int }
	bins := map[uint32]*bin{}
	for _, img := range sample {
		bd := img.Bounds()
		for y := bd.Min.Y; y < bd.Max.Y; y++ {
			for x := bd.Min.X; x < bd.Max.X; x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				k := (r>>12)<<8 | (g>>12)<<4 | b>>12
				bn := bins[k]
				if bn == nil {
					bn = &bin{}
					bins[k] = bn
				}
				bn.r, bn.g, bn.b, bn.n = bn.r+int(r>>8), bn.g+int(g>>8), bn.b+int(b>>8), bn.n+1
			}
		}
	}
	all := make([]*bin, 0, len(bins))
	for _, b := range bins {
		all = append(all, b)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].n > all[j].n })
	pal := color.Palette{color.RGBA{0, 0, 0, 255}, color.RGBA{255, 255, 255, 255}}
	for _, b := range all {
		if len(pal) == 256 {
			break
		}
		pal = append(pal, color.RGBA{uint8(b.r / b.n), uint8(b.g / b.n), uint8(b.b / b.n), 255})
	}
	return &quantizer{pal: pal, memo: map[uint32]uint8{}}
}

// paletted converts img to the palette.
func (q *quantizer) paletted(img image.Image) *image.Paletted {
	bd := img.Bounds()
	out := image.NewPaletted(image.Rect(0, 0, bd.Dx(), bd.Dy()), q.pal)
	for y := 0; y < bd.Dy(); y++ {
		for x := 0; x < bd.Dx(); x++ {
			r, g, b, _ := img.At(bd.Min.X+x, bd.Min.Y+y).RGBA()
			k := (r>>8)<<16 | (g>>8)<<8 | b>>8
			i, ok := q.memo[k]
			if !ok {
				i = uint8(q.pal.Index(color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}))
				q.memo[k] = i
			}
			out.Pix[y*out.Stride+x] = i
		}
	}
	return out
}

// runExport is the export command.
func runExport(o Options) error {
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		return err
	}
	headlessApp()
	ds := geodata.Load(inputs(o.Only, o.Data)...)
	for _, pr := range ds.Problems {
		fmt.Fprintln(os.Stderr, pr)
	}
	store, err := geodata.NewStore(ds.Features)
	if err != nil {
		return err
	}
	defer store.Close()
	frames, name, err := exportPlan(o)
	if err != nil {
		return err
	}
	p := newPlate(geo, store, o, o.Width, o.Height, float32(o.Scale))
	defer p.close()
	out, err := exportSequence(p, frames, o.Out, name)
	if err != nil {
		return err
	}
	fmt.Printf("%d frames in %s\n%s\n", len(out.Frames), o.Out, out.GIF)
	if out.MP4 != "" {
		fmt.Println(out.MP4)
	} else {
		fmt.Println(out.MP4Reason)
	}
	return nil
}

// exportPlan is the frames an export draws, and the name of its files.
func exportPlan(o Options) ([]exportFrame, string, error) {
	if o.Story != nil {
		return storyFrames(o.Story, o.Step, o.Lang), o.Story.Name, nil
	}
	frames, err := rangeFrames(o.From, o.To, o.Step, frameHold)
	if err != nil {
		return nil, "", err
	}
	return frames, "korea1950-" + o.From.Format("2006-01-02") + "-" + o.To.Format("2006-01-02"), nil
}

// storyFrames are a story's frames: each scene put in place as the
// director puts it, then its range of dates every step, sharing the
// scene's seconds; a scene of one moment is one frame held its seconds.
// The caption's second line is the scene's title.
func storyFrames(st *story.Story, step time.Duration, lang string) []exportFrame {
	var frames []exportFrame
	for i := range st.Scenes {
		sc := &st.Scenes[i]
		title := fmt.Sprintf("%d/%d  %s", i+1, len(st.Scenes), sc.Title.In(lang))
		hold := time.Duration(sc.Seconds * float64(time.Second))
		dates := []time.Time{sc.To}
		if sc.IsRange() {
			dates = nil
			for t := sc.From; t.Before(sc.To); t = t.Add(step) {
				dates = append(dates, t)
			}
			dates = append(dates, sc.To)
		}
		each := max(hold/time.Duration(len(dates)), frameHold/5)
		for j, t := range dates {
			f := exportFrame{Date: t, Title: title, Hold: each}
			if j == 0 {
				f.apply = func(p *plate) error {
					p.u.director.ShowScene(st, i)
					return nil
				}
			}
			frames = append(frames, f)
		}
	}
	return frames
}

// frameHold is how long an animation shows each frame of a date range.
const frameHold = 250 * time.Millisecond
