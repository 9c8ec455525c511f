/**
 * Compiles a file-name glob to a RegExp matched against a path relative to the searched directory, with "/"
 * separators: `*` and `?` stay within one path segment, `**` spans segments, `{a,b}` alternates, `[abc]` is a
 * class. A pattern without "/" matches the base name at any depth ("*.txt" finds a/b/c.txt).
 */
export function globToRegExp(glob: string): RegExp {
  const anyDepth = !glob.includes('/')
  let re = ''
  let depth = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      re += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '{') { re += '(?:'; depth++ }
    else if (c === '}' && depth > 0) { re += ')'; depth-- }
    else if (c === ',' && depth > 0) re += '|'
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1)
      if (close < 0) re += '\\['
      else { re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = close }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}$`)
}
