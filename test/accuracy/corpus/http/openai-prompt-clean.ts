import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function summariseReleaseNotes(commits: string[]): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarise these commit messages as release notes.' },
      { role: 'user', content: commits.join('\n') },
    ],
    max_tokens: 400,
  });
  return completion.choices[0]?.message.content ?? '';
}
