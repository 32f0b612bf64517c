;; Emacs 28 + eglot 1.9 (Debian: emacs-nox elpa-eglot) drive soz lsp: the
;; README configuration and the issue check, by hand (not run by swift test):
;;   WORKSPACE=/tmp/ws SOZ_BIN_DIR=$PWD/.build/debug emacs --batch -l Tests/Clients/eglot-check.el
;; WORKSPACE must hold glossaries/ and a.md with "Officials from Turkey visited Nakhichevan on Monday."
(require 'package)
(package-initialize)
(require 'eglot)
(require 'flymake)
;; The README's configuration.
(add-to-list 'eglot-server-programs
             '((markdown-mode text-mode html-mode mhtml-mode) . ("soz" "lsp" :initializationOptions (:language "en"))))
(setq exec-path (cons (or (getenv "SOZ_BIN_DIR") (expand-file-name ".build/debug")) exec-path))
(find-file (expand-file-name "a.md" (getenv "WORKSPACE")))
(text-mode)
(apply #'eglot (eglot--guess-contact))
(let ((deadline (+ (float-time) 20)))
  (while (and (< (float-time) deadline) (not (eglot-current-server))) (accept-process-output nil 0.1)))
(let ((deadline (+ (float-time) 20)))
  (while (and (< (float-time) deadline) (< (length (flymake-diagnostics)) 2)) (accept-process-output nil 0.1)))
(princ (format "diagnostics: %S\n" (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
(goto-char 34)
(let* ((server (eglot-current-server))
       (hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
  (princ (format "hover has Naxçıvan: %S\n" (and (string-match-p "Naxçıvan" (plist-get (plist-get hover :contents) :value)) t))))
(let* ((server (eglot-current-server))
       (actions (jsonrpc-request server :textDocument/codeAction
                  (list :textDocument (eglot--TextDocumentIdentifier)
                        :range (list :start (list :line 0 :character 30) :end (list :line 0 :character 41))
                        :context (list :diagnostics (vconcat (mapcar (lambda (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))) (flymake-diagnostics 31 42))))))))
  (princ (format "actions: %S\n" (mapcar (lambda (a) (plist-get a :title)) actions))))
(goto-char 31) (delete-char 11) (insert "Nakhchivan")
(goto-char 16) (delete-char 6) (insert "Türkiye")
(eglot--signal-textDocument/didChange)
(let ((deadline (+ (float-time) 20)))
  (while (and (< (float-time) deadline) (> (length (flymake-diagnostics)) 0)) (accept-process-output nil 0.1)))
(princ (format "after fix: %S %S\n" (buffer-substring 1 (line-end-position)) (length (flymake-diagnostics))))
(eglot-shutdown (eglot-current-server))
(princ "shut down\n")
