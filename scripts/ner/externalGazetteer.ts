/** External gazetteer lists (training-time sources compiled into the model); empty until packages are added. */
export function externalGazetteer(): [string, number][] {
  return []
}
