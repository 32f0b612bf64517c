-- Neovim (0.7+) drives `soz lsp` headless: the issue's check with a real
-- editor's LSP client (incremental sync, its own position encoding).
--   SOZ=/path/soz WORKSPACE=/tmp/ws nvim --headless -u NONE -c "luafile Tests/Clients/nvim_lsp.lua"
-- Prints "nvim: N passed, 0 failed" and exits 0, or exits 1 on the
-- first failure. SOZ_LSP_LOG, when set, is passed to soz lsp --log.
local soz = assert(os.getenv("SOZ"), "set SOZ")
local root = assert(os.getenv("WORKSPACE"), "set WORKSPACE")
local passed = 0

local function check(ok, what)
  if not ok then
    io.stderr:write("nvim: FAILED: " .. what .. "\n")
    vim.cmd("cquit 1")
  end
  passed = passed + 1
end

local file = root .. "/a.md"
local f = io.open(file, "w")
f:write("Officials from Turkey visited Nakhichevan on Monday.\n")
f:close()
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()

local cmd = { soz, "lsp" }
if os.getenv("SOZ_LSP_LOG") then
  cmd = { soz, "lsp", "--log", os.getenv("SOZ_LSP_LOG") }
end
-- The README's configuration (0.8+ can use vim.lsp.start with this table).
local id = vim.lsp.start_client({
  name = "soz",
  cmd = cmd,
  root_dir = root,
  init_options = { language = "en" },
})
check(id ~= nil, "the client starts")
vim.lsp.buf_attach_client(buf, id)

local function soz_diagnostics()
  return vim.diagnostic.get(buf, { namespace = vim.lsp.diagnostic.get_namespace(id) })
end

check(vim.wait(20000, function() return #soz_diagnostics() == 2 end, 20), "two diagnostics after didOpen")
local nakh
for _, d in ipairs(soz_diagnostics()) do
  if d.message:find("Nakhichevan", 1, true) then nakh = d end
end
check(nakh ~= nil and nakh.col == 30 and nakh.end_col == 41, "Nakhichevan at 30-41")

local range = { start = { line = 0, character = 30 }, ["end"] = { line = 0, character = 41 } }
-- What vim.lsp.buf.code_action() sends: the line's diagnostics, as LSP.
local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  range = range,
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 0) },
}, 10000)
local offers = {}
for _, response in pairs(actions or {}) do
  for _, action in ipairs(response.result or {}) do
    if action.edit then
      for _, edits in pairs(action.edit.changes or {}) do
        for _, e in ipairs(edits) do offers[#offers + 1] = e.newText end
      end
    end
  end
end
check(vim.tbl_contains(offers, "Nakhchivan"), "codeAction offers Nakhchivan")

vim.api.nvim_win_set_cursor(0, { 1, 33 })
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", vim.lsp.util.make_position_params(), 10000)
local shown = ""
for _, response in pairs(hover or {}) do
  if response.result then shown = response.result.contents.value end
end
check(shown:find("Naxçıvan", 1, true) ~= nil, "hover shows Naxçıvan")

-- Neovim sends these edits as incremental changes.
vim.api.nvim_buf_set_text(buf, 0, 30, 0, 41, { "Nakhchivan" })
vim.api.nvim_buf_set_text(buf, 0, 15, 0, 21, { "Türkiye" })
check(vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1] == "Officials from Türkiye visited Nakhchivan on Monday.",
  "the buffer holds the fixed text")
check(vim.wait(20000, function() return #soz_diagnostics() == 0 end, 20), "diagnostics cleared after didChange")

local client = vim.lsp.get_client_by_id(id)
client.stop()
check(vim.wait(10000, function() return client.is_stopped() end, 20), "shutdown and exit end the server")
io.stdout:write(string.format("nvim: %d passed, 0 failed\n", passed))
vim.cmd("qall!")
