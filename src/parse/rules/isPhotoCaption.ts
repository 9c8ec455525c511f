const PHOTO_CREDIT = /(?:\((?:AP|Reuters|AFP|Getty)?\s*Photo[^)]{0,80}\)|\((?:[^)]{1,60}\/)?(?:Getty Images|AP|Reuters|AFP|EPA|Bloomberg)\)|Photo(?:graph)?(?: by|:) [A-Z][\w .'’-]{1,60}|\b(?:Credit|Image|Photo) ?:\s?\S.{0,60})\.?$/

/** True for a line that ends with a photo credit ("(AP Photo/Evan Vucci)", "(Getty Images)", "Photo by …"). */
export function isPhotoCaption(line: string): boolean {
  return line.length <= 600 && PHOTO_CREDIT.test(line)
}
