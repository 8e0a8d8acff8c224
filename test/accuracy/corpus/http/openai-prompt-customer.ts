import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

interface Complaint {
  customerName: string;
  email: string;
  orderId: string;
  text: string;
}

export async function draftReply(complaint: Complaint): Promise<string> {
  const completion = await openai.chat.completions.create({ // expect: pii-guard/no-unprotected-pii-transmission
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You write polite replies for a Japanese e-commerce support team.' },
      { role: 'user', content: `Customer ${complaint.customerName} (${complaint.email}) wrote about order ${complaint.orderId}: ${complaint.text}` },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}
