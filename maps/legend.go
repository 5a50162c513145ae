package maps

import (
	"image"
	"image/color"
	"image/draw"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// Size of a legend swatch, in device-independent pixels.
const swatchW, swatchH = 64, 30

// legendSides names the sides in the legend.
var legendSides = map[geodata.Side]string{
	"un": "UN Command", "rok": "Republic of Korea", "us": "United States", "uk": "UK and Commonwealth",
	"kpa": "North Korea (KPA)", "cpv": "Chinese People's Volunteers", "prc": "People's Republic of China",
	"ussr": "Soviet Union", "india": "India",
}

// NewLegend returns the map's legend: every symbol and colour the overlay
// draws, each swatch drawn by the same code as the map, so that the two
// cannot drift apart. Its texts are in lang ("en", "ko" or "zh"), in
// English for any other.
func NewLegend(lang string) fyne.CanvasObject { return NewLegendColumns(lang, 1) }

// NewLegendColumns is the legend in n columns side by side, for a picture
// wider than it is tall. A heading never ends a column.
func NewLegendColumns(lang string, n int) fyne.CanvasObject {
	var rows []fyne.CanvasObject
	var headings []bool
	heading := func(s string) {
		t := canvas.NewText(legendText(lang, s), colorInk)
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.TextSize = 14
		rows = append(rows, t)
		headings = append(headings, true)
	}
	row := func(img image.Image, text string) {
		sw := canvas.NewImageFromImage(img)
		sw.FillMode = canvas.ImageFillOriginal
		sw.ScaleMode = canvas.ImageScalePixels
		sw.SetMinSize(fyne.NewSize(swatchW, swatchH))
		t := canvas.NewText(legendText(lang, text), colorInk)
		t.TextSize = 13
		rows = append(rows, &fyne.Container{Layout: rowLayout{}, Objects: []fyne.CanvasObject{sw, t}})
		headings = append(headings, false)
	}
	heading("Sides")
	for _, s := range LayerSides {
		side := geodata.Side(s)
		row(swatch(func(o *overlay) { o.legendFill(side) }), legendSides[side])
	}
	heading("Units")
	row(swatch(func(o *overlay) { o.legendUnit("us", "division", false, false) }), "UN camp: square-cornered frame")
	row(swatch(func(o *overlay) { o.legendUnit("kpa", "division", false, false) }), "Communist camp: frame with cut corners")
	for _, e := range geodata.Echelons {
		row(swatch(func(o *overlay) { o.legendUnit("un", e, false, false) }), echelonName[e])
	}
	row(swatch(func(o *overlay) { o.legendUnit("cpv", "army", true, false) }), "Approximate position: dashed frame")
	row(swatch(func(o *overlay) { o.legendUnit("us", "corps", false, true) }), "Selected")
	heading("Lines and ground")
	row(swatch(func(o *overlay) { o.legendLine(frontW, 0, palette.Black, true) }), "Front line, interpolated between two known dates")
	row(swatch(func(o *overlay) { o.legendLine(frontW, frontDash, palette.Black, true) }), "Front line held from its date until the next known")
	row(swatch(func(o *overlay) { o.legendParallel() }), "38th parallel, always drawn over the tints")
	row(swatch(func(o *overlay) { o.legendArea(palette.HeldCommunist) }), "Held by North Korea and China")
	row(swatch(func(o *overlay) { o.legendArea(palette.HeldUN) }), "Held by the UN Command")
	row(swatch(func(o *overlay) { o.legendArrow("us", false) }), "Advance or withdrawal, growing over its dates")
	row(swatch(func(o *overlay) { o.legendArrow("kpa", true) }), "Approximate path: dashed, softer")
	heading("Messages, events and decisions")
	row(swatch(func(o *overlay) { o.legendMessage(true) }), "Message in transit, marker moving from sender to receiver")
	row(swatch(func(o *overlay) { o.legendMessage(false) }), "Draft never sent: dashed arc, hollow marker")
	row(swatch(func(o *overlay) { o.legendEdge() }), "Place off the map, named at the edge")
	row(swatch(func(o *overlay) { o.legendMarker(symEvent, false) }), "Event: appears at its date, fades over three days")
	row(swatch(func(o *overlay) { o.legendMarker(symDecision, false) }), "Decision")
	row(swatch(func(o *overlay) { o.legendMarker(symEvent, true) }), "Approximate date or place: softer, dashed edge")
	bg := canvas.NewRectangle(color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF})
	var cols []fyne.CanvasObject
	for _, part := range splitColumns(headings, n) {
		cols = append(cols, &fyne.Container{Layout: columnLayout{}, Objects: rows[part[0]:part[1]]})
	}
	col := cols[0]
	if len(cols) > 1 {
		col = &fyne.Container{Layout: besideLayout{}, Objects: cols}
	}
	return &fyne.Container{Layout: paddedLayout{}, Objects: []fyne.CanvasObject{bg, col}}
}

// legendText returns the legend's English text en in lang.
func legendText(lang, en string) string {
	i := map[string]int{"ko": 0, "zh": 1}
	if k, ok := i[lang]; ok {
		if tr, ok := legendTranslations[en]; ok && tr[k] != "" {
			return tr[k]
		}
	}
	return en
}

// legendTranslations gives each English text of the legend in Korean and
// in Simplified Chinese. They are draft translations, written for the
// app and not yet checked by a native reader of either language.
var legendTranslations = map[string][2]string{
	"Sides":                                  {"진영", "各方"},
	"UN Command":                             {"유엔군 사령부", "联合国军司令部"},
	"Republic of Korea":                      {"대한민국", "大韩民国"},
	"United States":                          {"미국", "美国"},
	"UK and Commonwealth":                    {"영국과 영연방", "英国及英联邦"},
	"North Korea (KPA)":                      {"북한 (조선인민군)", "朝鲜（朝鲜人民军）"},
	"Chinese People's Volunteers":            {"중국인민지원군", "中国人民志愿军"},
	"People's Republic of China":             {"중화인민공화국", "中华人民共和国"},
	"Soviet Union":                           {"소련", "苏联"},
	"India":                                  {"인도", "印度"},
	"Units":                                  {"부대", "部队"},
	"UN camp: square-cornered frame":         {"유엔군 측: 모서리가 각진 틀", "联合国军一方：直角方框"},
	"Communist camp: frame with cut corners": {"공산 측: 모서리를 자른 틀", "共产主义阵营一方：切角方框"},
	"III  regiment (or regimental combat team)": {"III  연대 (또는 연대전투단)", "III  团（或团级战斗队）"},
	"X  brigade":                         {"X  여단", "X  旅"},
	"XX  division":                       {"XX  사단", "XX  师"},
	"XXX  corps":                         {"XXX  군단", "XXX  军"},
	"XXXX  army":                         {"XXXX  군", "XXXX  集团军"},
	"XXXXX  army group":                  {"XXXXX  집단군", "XXXXX  集团军群（兵团）"},
	"Approximate position: dashed frame": {"대략적 위치: 점선 틀", "大致位置：虚线方框"},
	"Selected":                           {"선택됨", "已选中"},
	"Lines and ground":                   {"전선과 지역", "战线与控制区"},
	"Front line, interpolated between two known dates":          {"전선, 알려진 두 날짜 사이를 보간", "战线，在两个已知日期之间插值"},
	"Front line held from its date until the next known":        {"전선, 그 날짜부터 다음 알려진 날짜까지 유지", "战线，自其日期保持至下一个已知日期"},
	"38th parallel, always drawn over the tints":                {"38선, 늘 색칠 위에 그림", "三八线，始终画在着色之上"},
	"Held by North Korea and China":                             {"북한과 중국이 장악한 지역", "朝鲜与中国控制区"},
	"Held by the UN Command":                                    {"유엔군이 장악한 지역", "联合国军控制区"},
	"Advance or withdrawal, growing over its dates":             {"진격 또는 철수, 기간 동안 자라남", "进攻或撤退，随日期延伸"},
	"Approximate path: dashed, softer":                          {"대략적 경로: 점선, 옅게", "大致路线：虚线，较淡"},
	"Messages, events and decisions":                            {"전문, 사건, 결정", "电报、事件与决策"},
	"Message in transit, marker moving from sender to receiver": {"전달 중인 전문, 표지가 발신지에서 수신지로 이동", "传递中的电报，标记从发送方移向接收方"},
	"Draft never sent: dashed arc, hollow marker":               {"발송되지 않은 초안: 점선 호, 속이 빈 표지", "未发出的草稿：虚线弧，空心标记"},
	"Place off the map, named at the edge":                      {"지도 밖의 장소, 가장자리에 이름 표시", "地图外的地点，在边缘标注名称"},
	"Event: appears at its date, fades over three days":         {"사건: 그 날짜에 나타나 사흘에 걸쳐 사라짐", "事件：在其日期出现，三天内淡出"},
	"Decision": {"결정", "决策"},
	"Approximate date or place: softer, dashed edge": {"대략적 날짜나 장소: 옅게, 점선 테두리", "大致日期或地点：较淡，虚线边缘"},
}

// paddedLayout lays a plate under its content, with a margin round it:
// the legend reads the same in a light or a dark theme.
type paddedLayout struct{}

func (paddedLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Resize(s)
	objs[1].Move(fyne.NewPos(8, 8))
	objs[1].Resize(fyne.NewSize(s.Width-16, s.Height-16))
}

func (paddedLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[1].MinSize().AddWidthHeight(16, 16)
}

// echelonName explains each echelon's marks.
var echelonName = map[string]string{
	"regiment": "III  regiment (or regimental combat team)", "brigade": "X  brigade", "division": "XX  division",
	"corps": "XXX  corps", "army": "XXXX  army", "army group": "XXXXX  army group",
}

// swatch paints what add puts into a scene over the land colour, as the
// map paints its overlay.
func swatch(add func(o *overlay)) image.Image {
	var o overlay
	o.px = 1
	o.sc.reset(swatchW, swatchH)
	add(&o)
	img := o.image(swatchW, swatchH)
	o.paint(img, 1)
	bg := image.NewRGBA(img.Rect)
	draw.Draw(bg, bg.Rect, image.NewUniform(ColorLand), image.Point{}, draw.Src)
	compose(bg, bg.Rect, img, image.Point{}, 0xFF)
	return bg
}

func (o *overlay) legendFill(side geodata.Side) {
	p0, p1 := o.sc.addPts(vec{14, 7}, vec{50, 7}, vec{50, 23}, vec{14, 23}, vec{14, 7})
	o.sc.fill(p0, p1, sideColor(side))
}

func (o *overlay) legendUnit(side geodata.Side, echelon string, approx, sel bool) {
	k := spriteKey{kind: symUnit, side: side, echelon: echelon, approx: approx, sel: sel, px: 0.85}
	o.sc.sprite(o.sprites.get(k), swatchW/2, swatchH/2+4, 0xFF)
}

func (o *overlay) legendLine(w, dash float32, c interface{ RGBA() (r, g, b, a uint32) }, casing bool) {
	p0, p1 := o.sc.addPts(vec{4, 18}, vec{24, 12}, vec{40, 17}, vec{60, 11})
	if casing {
		o.sc.stroke(p0, p1, w+3, 0, frontCasing)
	}
	o.sc.stroke(p0, p1, w, dash, toNRGBA(c))
}

func (o *overlay) legendParallel() {
	p0, p1 := o.sc.addPts(vec{0, swatchH / 2}, vec{swatchW, swatchH / 2})
	o.sc.stroke(p0, p1, 2, 10, ColorParallel)
}

func (o *overlay) legendArea(c interface{ RGBA() (r, g, b, a uint32) }) {
	p0, p1 := o.sc.addPts(vec{0, 0}, vec{swatchW, 0}, vec{swatchW, swatchH}, vec{0, swatchH}, vec{0, 0})
	o.sc.fill(p0, p1, toNRGBA(c))
}

func (o *overlay) legendArrow(side geodata.Side, approx bool) {
	f := &geodata.Feature{ID: "legend", Side: side, Approximate: approx}
	o.arrow(frameInput{}, f, []vec{{4, 20}, {30, 12}, {60, 14}}, 1)
}

func (o *overlay) legendMessage(delivered bool) {
	arc := bezierArc(nil, vec{6, 22}, vec{58, 22})
	p0, p1 := o.sc.addPts(arc...)
	dash := float32(0)
	if !delivered {
		dash = arcDash
	}
	o.sc.stroke(p0, p1, arcW, dash, sideColor("prc"))
	x, y := along(arc, polylineLength(arc)*0.6)
	k := spriteKey{kind: symMessage, side: "prc", hollow: !delivered, px: 1}
	o.sc.sprite(o.sprites.get(k), float32(x), float32(y), 0xFF)
}

func (o *overlay) legendEdge() {
	p0, p1 := o.sc.addPts(vec{12, 15}, vec{48, 15})
	o.sc.stroke(p0, p1, arcW, 0, sideColor("ussr"))
	e := vec{48, 15}
	s := float32(edgeMarkerSize)
	q0, q1 := o.sc.addPts(vec{e.X + s, e.Y}, vec{e.X - s*0.4, e.Y + s*0.8}, vec{e.X - s*0.4, e.Y - s*0.8}, vec{e.X + s, e.Y})
	o.sc.fill(q0, q1, palette.Black)
}

func (o *overlay) legendMarker(kind uint8, approx bool) {
	k := spriteKey{kind: kind, side: "us", approx: approx, px: 1}
	o.sc.sprite(o.sprites.get(k), swatchW/2-10, swatchH/2, 0xFF)
	o.sc.sprite(o.sprites.get(k), swatchW/2+14, swatchH/2, 0x70) // fading
}

// rowLayout puts a swatch and its text side by side.
type rowLayout struct{}

func (rowLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(swatchW, swatchH))
	ts := objs[1].MinSize()
	objs[1].Move(fyne.NewPos(swatchW+8, (swatchH-ts.Height)/2))
	objs[1].Resize(ts)
}

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	ts := objs[1].MinSize()
	return fyne.NewSize(swatchW+8+ts.Width, max(swatchH, ts.Height))
}

// splitColumns cuts rows, of which headings marks the headings, into at
// most n runs [start, end) of about equal length; a run never ends with a
// heading.
func splitColumns(headings []bool, n int) [][2]int {
	n = max(1, min(n, len(headings)))
	var out [][2]int
	start := 0
	for c := 1; c <= n && start < len(headings); c++ {
		end := len(headings)
		if c < n {
			end = max(start+1, (len(headings)*c+n-1)/n)
			for end > start+1 && headings[end-1] {
				end--
			}
			for end < len(headings) && headings[end-1] {
				end++ // a heading alone: it takes its first row along
			}
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// besideLayout sets columns side by side, each as wide as it needs, with a
// gap between them.
type besideLayout struct{}

func (besideLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	x := float32(0)
	for _, o := range objs {
		ms := o.MinSize()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(ms.Width, s.Height))
		x += ms.Width + 16
	}
}

func (besideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		ms := o.MinSize()
		w, h = w+ms.Width, max(h, ms.Height)
		if i > 0 {
			w += 16
		}
	}
	return fyne.NewSize(w, h)
}

// columnLayout stacks rows with a small gap.
type columnLayout struct{}

func (columnLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		ms := o.MinSize()
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(s.Width, ms.Height))
		y += ms.Height + 3
	}
}

func (columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		ms := o.MinSize()
		w, h = max(w, ms.Width), h+ms.Height+3
	}
	return fyne.NewSize(w, h)
}
