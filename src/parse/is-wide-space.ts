/**
 * Whether a UTF-16 code is one of the white-space characters above ASCII that
 * both `\s` and `String#trim` treat as space (no-break space, the en/em
 * spaces, line and paragraph separators, the BOM, …). Tested by code, for
 * speed on long lines.
 *
 * @example
 * isWideSpace(0xa0) // true
 * isWideSpace(0x41) // false
 */
export function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
