/** A chosen file as the API takes it: its name and its bytes in base64. */
export async function fileBody(file: File): Promise<{ name: string; contentBase64: string }> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
  return { name: file.name, contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
