-- Neovim 0.7 (Debian) as a second LSP client: start the PII Guard language server over stdio, open one
-- file, print its diagnostics and the hover at one position, then quit.
--   nvim --headless --clean -c "luafile nvim-lsp.lua" FILE
--   env: PII_NODE (node binary), PII_SERVER (server script, run with --stdio), PII_HOVER=line:col (1-based:
--        hover and quick fixes there),
--        PII_TIMEOUT_MS
-- 0.7 has no vim.lsp.start (0.8+) and no `nvim -l` (0.9+): start_client + buf_attach_client.
local node = os.getenv('PII_NODE') or 'node'
local server = assert(os.getenv('PII_SERVER'), 'PII_SERVER not set')
local timeout = tonumber(os.getenv('PII_TIMEOUT_MS') or '20000')
local file = vim.fn.argv(0)

local function out(s) io.stdout:write(s .. '\n') end
local function finish(code)
  io.stdout:flush()
  vim.cmd(code == 0 and 'qa!' or ('cq ' .. code))
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local root = os.getenv('PII_ROOT') or vim.fn.fnamemodify(file, ':p:h')
local started = vim.loop.hrtime()
local id = vim.lsp.start_client({
  name = 'pii-guard',
  cmd = { node, server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
  on_exit = function(code, signal)
    if code ~= 0 then out(string.format('server exited: code %d signal %d', code, signal)) end
  end,
})
if not id then
  out('FAIL: could not start the language server')
  finish(2)
end
vim.lsp.buf_attach_client(bufnr, id)

if not vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
  out('FAIL: no diagnostics within ' .. timeout .. ' ms')
  finish(1)
end
out(string.format('diagnostics after %d ms', (vim.loop.hrtime() - started) / 1e6))
local sev = { [1] = 'E', [2] = 'W', [3] = 'I', [4] = 'H' }
local diags = vim.diagnostic.get(bufnr)
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diags) do
  out(string.format('diag: %s:%d:%d: %s [%s %s] %s', vim.fn.fnamemodify(file, ':t'), d.lnum + 1, d.col + 1,
    sev[d.severity] or '?', d.source or '?', tostring(d.code or ''), d.message))
end

local hover_at = os.getenv('PII_HOVER')
if hover_at then
  local line, col = hover_at:match('^(%d+):(%d+)$')
  vim.api.nvim_win_set_cursor(0, { tonumber(line), tonumber(col) - 1 })
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), timeout)
  local got = false
  for _, r in pairs(res or {}) do
    local c = r.result and r.result.contents
    if c then
      local text = type(c) == 'string' and c or c.value
      if text == nil then
        local parts = {}
        for _, p in ipairs(c) do table.insert(parts, type(p) == 'string' and p or p.value) end
        text = table.concat(parts, '\n')
      end
      out('hover: ' .. vim.fn.json_encode(text))
      got = true
    end
    if r.err then out('hover error: ' .. vim.inspect(r.err)) end
  end
  if not got then out('hover: none') end

  -- Quick fixes offered at the same position, with the line's diagnostics as context.
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr), only = { 'quickfix' } }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do out('action: ' .. a.title) end
    if r.err then out('codeAction error: ' .. vim.inspect(r.err)) end
  end
end

vim.lsp.stop_client(id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
finish(0)
