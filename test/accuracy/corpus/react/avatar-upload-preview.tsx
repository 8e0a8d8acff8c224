import { useEffect, useState, type ChangeEvent } from 'react';

export function AvatarUpload({ onUpload }: { onUpload(file: File): Promise<void> }) {
  const [preview, setPreview] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');

  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);

  async function handleChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    console.debug(`selected ${file.name} (${file.type}, ${Math.round(file.size / 1024)} KB)`);
    setFileName(file.name);
    setPreview(URL.createObjectURL(file));
    await onUpload(file);
  }

  return (
    <label className="avatar-upload">
      {preview ? <img src={preview} alt={fileName} /> : <span>画像を選択</span>}
      <input type="file" accept="image/*" hidden onChange={handleChange} />
    </label>
  );
}
