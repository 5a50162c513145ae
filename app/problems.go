package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// maxProblemsShown caps the rows of the problems panel; "Copy all" still
// copies every one.
const maxProblemsShown = 300

// dataLabel is the text of the toolbar's data button in lang: how many
// features are loaded and, if any, how many problems.
func dataLabel(ds *geodata.Dataset, lang string) string {
	if ds == nil {
		return i18n.T(lang, "databutton.loading")
	}
	if n := len(ds.Problems); n > 0 {
		key := "databutton.features.problems"
		if n == 1 {
			key = "databutton.features.problem"
		}
		return i18n.Tf(lang, key, len(ds.Features), n)
	}
	return i18n.Tf(lang, "databutton.features", len(ds.Features))
}

// dataImportance colours the data button: red for errors, orange for
// warnings only.
func dataImportance(ds *geodata.Dataset) widget.Importance {
	switch {
	case ds == nil || len(ds.Problems) == 0:
		return widget.MediumImportance
	case ds.Problems.Errors() > 0:
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// problemsPanel is the content of the data panel, in lang: where the data
// came from, the summary, and every problem, one per row. The problems
// themselves are in English, as validate prints them.
func problemsPanel(ds *geodata.Dataset, userState []string, lang string, onCopy func(string)) fyne.CanvasObject {
	var sources []string
	for _, in := range ds.Inputs {
		if in == geodata.EmbeddedName {
			sources = append(sources, i18n.T(lang, "problems.embedded"))
		} else {
			sources = append(sources, in)
		}
	}
	summary := geodata.Summary(len(ds.Features), ds.Problems)
	if lang != "en" {
		summary = i18n.Tf(lang, "problems.summary", len(ds.Features), ds.Problems.Errors())
		if w := ds.Problems.Warnings(); w > 0 {
			summary = i18n.Tf(lang, "problems.summary.warnings", len(ds.Features), ds.Problems.Errors(), w)
		}
	}
	text := i18n.Tf(lang, "problems.loaded", strings.Join(sources, ", "), summary)
	var edited []string
	for _, f := range ds.Features {
		if f.EditedLocally {
			edited = append(edited, f.ID)
		}
	}
	if len(edited) > 0 {
		text += "\n" + i18n.Tf(lang, "problems.edited", strings.Join(edited, ", "))
	}
	head := widget.NewLabel(text)
	head.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	var all []string
	for _, p := range ds.Problems {
		all = append(all, p.String())
	}
	for _, s := range userState {
		all = append(all, i18n.Tf(lang, "problems.state", s))
	}
	for i, line := range all {
		if i == maxProblemsShown {
			rows.Add(widget.NewLabel(i18n.Tf(lang, "problems.more", len(all)-i)))
			break
		}
		icon := theme.ErrorIcon()
		if i < len(ds.Problems) && ds.Problems[i].Warning {
			icon = theme.WarningIcon()
		}
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle.Monospace = true
		rows.Add(container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(icon)), nil, l))
	}
	if len(all) == 0 {
		rows.Add(widget.NewLabel(i18n.T(lang, "problems.none")))
	}
	copyAll := widget.NewButtonWithIcon(i18n.T(lang, "problems.copy"), theme.ContentCopyIcon(), func() {
		onCopy(strings.Join(all, "\n"))
	})
	copyAll.Disable()
	if len(all) > 0 {
		copyAll.Enable()
	}
	return container.NewBorder(head, container.NewHBox(copyAll), nil, nil, container.NewVScroll(rows))
}

// showProblems opens the data panel over the window.
func showProblems(w fyne.Window, ds *geodata.Dataset, userState []string, lang string) {
	if ds == nil {
		return
	}
	content := problemsPanel(ds, userState, lang, func(s string) { fyne.CurrentApp().Clipboard().SetContent(s) })
	d := dialog.NewCustom(i18n.T(lang, "problems.title"), i18n.T(lang, "dialog.close"), content, w)
	d.Resize(fyne.NewSize(980, 620))
	d.Show()
}
