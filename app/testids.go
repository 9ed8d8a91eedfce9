package app

// Stable data-testid values of the app's controls and regions, for browser
// tests and for anyone scripting the UI. They never change meaning; a
// renamed control keeps its test id.
//
//	nav-workspace, nav-library, nav-about   header links
//	btn-help, help-panel, btn-help-close    keyboard shortcuts panel
//	status, error, btn-error-close          status line and error banner
//	input-text, input-file, drop-zone       new document: text, file picker, drop target
//	btn-annotate, btn-new                   run the engine / start a new document
//	reading-view                            the highlighted text (data-complete="1" once fully rendered)
//	legend, toggle-<layer>                  layer switches: claims, quotes, cues, actors, and t-<type>
//	panel-actors, panel-quotes, panel-claims, panel-detail
//	filter-actors, filter-quotes, filter-claims   search fields of the panels
//	filter-actor-type                        actor type filter
//	actor-item, quote-item, claim-item      one row of a panel (data-id holds the annotation's id)
//	btn-more-<panel>                        show more rows
//	btn-undo, btn-redo
//	find-text, btn-find                     find text to mark (keyboard alternative to selecting)
//	btn-add-actor, btn-add-quote, btn-add-claim   add from the text selection
//	select-speaker, select-claimant, input-new-actor, select-new-actor-type, btn-set-actor
//	input-actor-name, select-actor-type, select-merge, btn-merge
//	btn-delete, btn-start-minus, btn-start-plus, btn-end-minus, btn-end-plus, btn-span-selection
//	btn-export-json, btn-export-jsonld, btn-export-csv, btn-export-actors-csv, btn-export-library
//	input-import                            import a JSON / JSON Lines export
//	library-list, library-item              the library and one document in it (data-id = record id)
//	btn-open, btn-rename, input-rename, btn-delete-doc, btn-rerun
//	btn-confirm, btn-cancel, btn-rerun-keep, btn-rerun-discard
//	storage-hint, btn-persist              the library may not be kept; ask the browser to keep it
//	about                                   the about page
const (
	TestNavWorkspace = "nav-workspace"
	TestNavLibrary   = "nav-library"
	TestNavAbout     = "nav-about"
	TestHelp         = "btn-help"
	TestHelpPanel    = "help-panel"
	TestHelpClose    = "btn-help-close"
	TestStatus       = "status"
	TestError        = "error"
	TestErrorClose   = "btn-error-close"

	TestInputText = "input-text"
	TestInputFile = "input-file"
	TestDropZone  = "drop-zone"
	TestAnnotate  = "btn-annotate"
	TestNew       = "btn-new"

	TestReadingView = "reading-view"
	TestLegend      = "legend"

	TestPanelActors  = "panel-actors"
	TestPanelQuotes  = "panel-quotes"
	TestPanelClaims  = "panel-claims"
	TestPanelDetail  = "panel-detail"
	TestFilterActors = "filter-actors"
	TestFilterQuotes = "filter-quotes"
	TestFilterClaims = "filter-claims"
	TestFilterType   = "filter-actor-type"
	TestActorItem    = "actor-item"
	TestQuoteItem    = "quote-item"
	TestClaimItem    = "claim-item"

	TestUndo = "btn-undo"
	TestRedo = "btn-redo"

	TestFindText = "find-text"
	TestFind     = "btn-find"
	TestAddActor = "btn-add-actor"
	TestAddQuote = "btn-add-quote"
	TestAddClaim = "btn-add-claim"

	TestSelectSpeaker   = "select-speaker"
	TestSelectClaimant  = "select-claimant"
	TestNewActorName    = "input-new-actor"
	TestNewActorType    = "select-new-actor-type"
	TestSetActor        = "btn-set-actor"
	TestActorName       = "input-actor-name"
	TestActorType       = "select-actor-type"
	TestSelectMerge     = "select-merge"
	TestMerge           = "btn-merge"
	TestDelete          = "btn-delete"
	TestStartMinus      = "btn-start-minus"
	TestStartPlus       = "btn-start-plus"
	TestEndMinus        = "btn-end-minus"
	TestEndPlus         = "btn-end-plus"
	TestSpanToSelection = "btn-span-selection"

	TestExportJSON      = "btn-export-json"
	TestExportJSONLD    = "btn-export-jsonld"
	TestExportCSV       = "btn-export-csv"
	TestExportActorsCSV = "btn-export-actors-csv"
	TestExportLibrary   = "btn-export-library"
	TestImport          = "input-import"

	TestLibraryList  = "library-list"
	TestLibraryItem  = "library-item"
	TestOpen         = "btn-open"
	TestRename       = "btn-rename"
	TestRenameInput  = "input-rename"
	TestDeleteDoc    = "btn-delete-doc"
	TestRerun        = "btn-rerun"
	TestConfirm      = "btn-confirm"
	TestCancel       = "btn-cancel"
	TestRerunKeep    = "btn-rerun-keep"
	TestRerunDiscard = "btn-rerun-discard"
	TestStorageHint  = "storage-hint"
	TestPersist      = "btn-persist"

	TestAbout = "about"
)
