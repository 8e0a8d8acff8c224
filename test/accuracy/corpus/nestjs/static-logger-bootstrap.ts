import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  app.enableShutdownHooks();

  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  const address = app.getHttpServer().address();
  Logger.log(`API listening on ${typeof address === 'string' ? address : `${address?.address}:${address?.port}`}`, 'Bootstrap');
}

bootstrap().catch((err: Error) => {
  Logger.error(`bootstrap failed: ${err.message}`, err.stack, 'Bootstrap');
  process.exit(1);
});
