package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// maxProblemsShown caps the rows of the problems panel; "Copy all" still
// copies every one.
const maxProblemsShown = 300

// dataLabel is the text of the toolbar's data button: how many features
// are loaded and, if any, how many problems.
func dataLabel(ds *geodata.Dataset) string {
	if ds == nil {
		return "Loading data…"
	}
	s := fmt.Sprintf("%d features", len(ds.Features))
	if n := len(ds.Problems); n > 0 {
		word := "problems"
		if n == 1 {
			word = "problem"
		}
		s += fmt.Sprintf(" · %d %s", n, word)
	}
	return s
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

// problemsPanel is the content of the data panel: where the data came
// from, the summary, and every problem, one per row.
func problemsPanel(ds *geodata.Dataset, userState []string, onCopy func(string)) fyne.CanvasObject {
	var sources []string
	for _, in := range ds.Inputs {
		if in == geodata.EmbeddedName {
			sources = append(sources, "the embedded data")
		} else {
			sources = append(sources, in)
		}
	}
	text := "Loaded from " + strings.Join(sources, ", ") + ": " +
		geodata.Summary(len(ds.Features), ds.Problems) + ". Features with errors are left out; the rest are shown."
	var edited []string
	for _, f := range ds.Features {
		if f.EditedLocally {
			edited = append(edited, f.ID)
		}
	}
	if len(edited) > 0 {
		text += fmt.Sprintf("\nEdited locally (your files replace the embedded version): %s.", strings.Join(edited, ", "))
	}
	head := widget.NewLabel(text)
	head.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	var all []string
	for _, p := range ds.Problems {
		all = append(all, p.String())
	}
	for _, s := range userState {
		all = append(all, "your saved state: "+s)
	}
	for i, line := range all {
		if i == maxProblemsShown {
			rows.Add(widget.NewLabel(fmt.Sprintf("… and %d more: use Copy all", len(all)-i)))
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
		rows.Add(widget.NewLabel("No problems: every feature loaded."))
	}
	copyAll := widget.NewButtonWithIcon("Copy all", theme.ContentCopyIcon(), func() {
		onCopy(strings.Join(all, "\n"))
	})
	copyAll.Disable()
	if len(all) > 0 {
		copyAll.Enable()
	}
	return container.NewBorder(head, container.NewHBox(copyAll), nil, nil, container.NewVScroll(rows))
}

// showProblems opens the data panel over the window.
func showProblems(w fyne.Window, ds *geodata.Dataset, userState []string) {
	if ds == nil {
		return
	}
	content := problemsPanel(ds, userState, func(s string) { fyne.CurrentApp().Clipboard().SetContent(s) })
	d := dialog.NewCustom("Data and its problems", "Close", content, w)
	d.Resize(fyne.NewSize(980, 620))
	d.Show()
}
